// @vitest-environment node
// Golden results: the engine's output over ~6,000 ads (dev set, demo ads seed 7, tricky strings)
// must not change when the engine is made faster. Hashes cover every ad; a sample is stored in
// full so a failure shows what changed. After a deliberate change in results (or in the demo
// generator), check the diff and update: `npx vitest run tests/unit/indicators-golden.test.ts -u`.
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import {
  createEngine,
  linkSharedContacts,
  type AdInput,
  type EngineOptions,
} from '../../indicators';
import { goldenCorpus } from './indicators-corpus';

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

const CONFIGS: Record<string, EngineOptions> = {
  default: {},
  custom: {
    langs: ['en', 'sv'],
    disabledCategories: ['youth'],
    customTerms: [
      { term: 'rosebud*', category: 'third-party', weight: 3 },
      { term: 'Ö l', category: 'labour', weight: 2 },
    ],
  },
};

it('scans the golden corpus exactly as before', async () => {
  const corpus = goldenCorpus();
  const out: Record<string, unknown> = {
    inputs: Object.fromEntries(
      Object.entries(corpus).map(([k, ads]) => [k, hash(JSON.stringify(ads))]),
    ),
  };
  for (const [name, opts] of Object.entries(CONFIGS)) {
    const engine = createEngine(opts);
    const hashes: Record<string, string> = {};
    const samples: unknown[] = [];
    for (const [group, ads] of Object.entries(corpus) as [string, AdInput[]][]) {
      const results = ads.map((ad) => engine.scan(ad));
      linkSharedContacts(results);
      const lines = results.map((r) => JSON.stringify(r));
      hashes[group] = hash(lines.join('\n'));
      if (name === 'default')
        ads.forEach((ad, i) => {
          if (group === 'dev' || i % 150 === 0 || (group === 'tricky' && i < 21))
            samples.push({ ad, result: results[i] });
        });
    }
    out[name] = name === 'default' ? { hashes, samples } : { hashes };
  }
  await expect(JSON.stringify(out, null, 2) + '\n').toMatchFileSnapshot(
    '../fixtures/indicators-golden.json',
  );
}, 60_000);
