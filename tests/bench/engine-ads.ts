/** The engine benchmark's ads: the dev set's texts plus varied filler, ~1 MB in total. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function benchAds(): { ads: string[]; MB: number } {
  const dev = readFileSync(resolve('../shared/eval/dev-ads.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const filler = [
    'Hei! Jeg er en hyggelig dame som tar imot i rolige omgivelser sentralt i byen. Ring for avtale, 912 34 567.',
    'Selger pent brukt spisebord i eik med seks stoler. Hentes på Grünerløkka, kontant eller Vipps.',
    'Vi søker deg som liker service til vår butikk i Bergen sentrum. Fast stilling, lønn etter avtale.',
    'Hi gentlemen, I am Sofia, visiting for business. Elegant and educated, dinner dates welcome. ✨',
  ];
  const ads: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < 1_000_000; i++) {
    const t =
      (i % 3 === 0 ? filler[i % filler.length]! + ' ' : '') + dev[i % dev.length]! + ` #${i}`;
    ads.push(t);
    bytes += Buffer.byteLength(t);
  }
  return { ads, MB: bytes / 1e6 };
}
