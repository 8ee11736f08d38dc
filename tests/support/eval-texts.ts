/** The texts of the eval ads in ../shared/eval (dev and real), for tests that scan real wording. */
import { readFileSync } from 'node:fs';

export const evalTexts = (): string[] =>
  ['dev-ads.jsonl', 'real-dev.jsonl'].flatMap((f) =>
    readFileSync(`../shared/eval/${f}`, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
