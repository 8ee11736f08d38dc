/**
 * npm run eval [-- FILE]: scores the engine on labelled ads (default ../shared/eval/dev-ads.jsonl).
 * Labels: `expect` categories that must be found, `allow` ones that may be, `flag` whether the
 * level should be medium or above, `context` the ad's context.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine, linkSharedContacts, type ScanResult } from '../indicators';
import { evaluate, type LabelledAd } from './evaluate';

const file = resolve(process.argv[2] ?? '../shared/eval/dev-ads.jsonl');
const ads = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as LabelledAd);
const engine = createEngine();
const results: ScanResult[] = ads.map((ad) => engine.scan(ad));
linkSharedContacts(results);
const m = evaluate(ads, results);
const pct = (x: number) => x.toFixed(3);
console.log(`eval: ${file} (${ads.length} ads)`);
console.log(
  `category recall     ${pct(m.recall)}   (${m.found}/${m.expected} expected categories found)`,
);
console.log(
  `category precision  ${pct(m.precision)}   (${m.correct}/${m.reported} reported categories expected or allowed)`,
);
console.log(
  `flag TPR            ${pct(m.tpr)}   (${m.tp}/${m.positives} ads that should be flagged)`,
);
console.log(
  `flag FPR            ${pct(m.fpr)}   (${m.fp}/${m.negatives} ads that should not be flagged)`,
);
console.log(`context accuracy    ${pct(m.contextAccuracy)}`);
if (m.misses.length) console.log('\nmisses:\n' + m.misses.join('\n'));
