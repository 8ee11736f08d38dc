/** The engine benchmark's ads: the dev set's texts plus varied filler, ~1 MB in total. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Engine } from '../../indicators';

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

/** The engine of the indicators/ folder under `dir` (a build checked out for an A/B). */
export async function loadEngine(dir: string): Promise<Engine> {
  const url = pathToFileURL(join(dir, 'indicators/index.ts')).href;
  return ((await import(url)) as { createEngine(): Engine }).createEngine();
}

let sink = 0;
/** Milliseconds of one scan of every ad; the scores are kept so no pass is optimised away. */
export function passMs(engine: Engine, ads: readonly string[]): number {
  const t0 = performance.now();
  for (const a of ads) sink += engine.scan({ text: a }).score;
  return performance.now() - t0;
}
export const scored = () => sink > 0;
