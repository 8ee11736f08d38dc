/**
 * npm run eval [-- FILE] [--split all|tune|holdout]: scores the engine on labelled ads (default
 * ../shared/eval/dev-ads.jsonl). Labels: `expect` categories that must be found, `allow` ones that
 * may be, `flag` whether the level should be medium or above, `context` the ad's context.
 * The split (by `source`, see eval-labels.ts) only applies to files whose ads have a `source`.
 * Each ad is read as the extension reads it: the title first, then the body, as one text (the
 * labels were written from both); the title also still counts double for the context.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine, linkSharedContacts } from '../indicators';
import { asOnPage, inSplit, parseLabelledFile, SPLITS, type Split } from './eval-labels';
import { report } from './eval-report';
import { evaluate } from './evaluate';

function main(argv: string[]): number {
  let split: Split = 'all';
  let file = '../shared/eval/dev-ads.jsonl';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--split' || a.startsWith('--split=')) {
      const v = a.includes('=') ? a.slice(8) : argv[++i];
      if (!(SPLITS as readonly string[]).includes(v ?? '')) {
        console.error(`eval: --split must be one of ${SPLITS.join(', ')}`);
        return 2;
      }
      split = v as Split;
    } else if (a.startsWith('--')) {
      console.error(`eval: unknown option ${a}`);
      return 2;
    } else file = a;
  }
  const path = resolve(file);
  let ads;
  try {
    ads = parseLabelledFile(readFileSync(path, 'utf8')).filter((ad) => inSplit(ad, split));
  } catch (e) {
    console.error(`eval: ${path}: ${(e as Error).message}`);
    return 1;
  }
  const engine = createEngine();
  const results = ads.map((ad) => engine.scan(asOnPage(ad)));
  linkSharedContacts(results);
  console.log(report(`eval: ${path} [split ${split}]`, evaluate(ads, results)));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
