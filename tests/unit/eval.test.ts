// @vitest-environment node
// `npm run eval`: label parsing, the fixed tune / hold-out split, and floors under the figures on
// ../shared/eval so they cannot silently fall (raise a floor when a change lifts a figure).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  asOnPage,
  HOLDOUT_SOURCES,
  inSplit,
  parseLabelled,
  parseLabelledFile,
  repoOf,
  type Split,
} from '../../cli/eval-labels';
import { evaluate } from '../../cli/evaluate';
import { createEngine, linkSharedContacts } from '../../indicators';

const REAL = resolve('../shared/eval/real-dev.jsonl');
const DEV = resolve('../shared/eval/dev-ads.jsonl');
const engine = createEngine();

function measure(file: string, split: Split) {
  const ads = parseLabelledFile(readFileSync(file, 'utf8')).filter((a) => inSplit(a, split));
  const results = ads.map((ad) => engine.scan(asOnPage(ad)));
  linkSharedContacts(results);
  return evaluate(ads, results);
}

describe('labelled lines', () => {
  it('reads the real-dev format', () => {
    const ad = parseLabelled(
      '{"id":"x","text":"t","title":"h","context":"escort","expect":["youth"],"allow":[],"flag":true,"source":"a/b:c"}',
      1,
    );
    expect(ad).toMatchObject({ id: 'x', context: 'escort', expect: ['youth'], flag: true });
    expect(asOnPage(ad).text).toBe('h\nt');
  });
  it.each([
    ['{"text":"t","expect":[],"allow":[]}', 'line 3: "flag" must be true or false'],
    ['{"text":"t","flag":true,"expect":["kids"]}', 'line 3: "expect" must be a list of categories'],
    ['{"text":"t","flag":true,"context":"shop"}', 'line 3: "context" must be one of'],
    ['{"flag":true}', 'line 3: "text" must be a string'],
    ['{"text":', 'line 3: invalid JSON'],
    ['[1]', 'line 3: not a JSON object'],
  ])('refuses %s', (line, message) => {
    expect(() => parseLabelledFile(`\n{"text":"ok","flag":false}\n${line}`)).toThrow(message);
  });
  it('the CLI names the bad line and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lykt-eval-'));
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"text":"a","flag":false}\n{"text":"b"}\n');
    let err = '';
    try {
      execFileSync('npx', ['tsx', 'cli/eval.ts', file], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      err = String((e as { stderr: string }).stderr);
    }
    expect(err).toContain('line 2: "flag" must be true or false');
  }, 30_000);
});

describe('the split', () => {
  const ads = parseLabelledFile(readFileSync(REAL, 'utf8'));
  it('puts every source in exactly one part, by repository', () => {
    const repos = new Set(ads.map((a) => repoOf(a.source)));
    for (const r of HOLDOUT_SOURCES) expect(repos, r).toContain(r);
    for (const a of ads) expect(inSplit(a, 'tune')).toBe(!inSplit(a, 'holdout'));
    const hold = ads.filter((a) => inSplit(a, 'holdout'));
    expect(hold.length).toBe(56);
    expect(ads.length - hold.length).toBe(98);
  });
});

// Floors at the figures reached (issue 12); each part on its own, and the whole.
const FLOORS: Record<string, [string, Split, number, number, number, number]> = {
  // detect27: rd-044 ("GIRL in Town - 19") lost its flag when a poster's age became light, and
  // rd-017 ("discreet", "no african americans") gained one.
  'real-dev tune': [REAL, 'tune', 0.96, 0.97, 0.97, 0.04],
  'real-dev hold-out': [REAL, 'holdout', 0.88, 0.97, 0.9, 0.04],
  'real-dev whole': [REAL, 'all', 0.93, 0.97, 0.93, 0.04],
  // d17's "discreet" is reported and not labelled: the written ads' one miss (POLICY.md).
  'dev-ads': [DEV, 'all', 1, 0.98, 0.95, 0],
};

describe.each(Object.entries(FLOORS))('%s', (_, [file, split, recall, precision, tpr, fpr]) => {
  const m = measure(file, split);
  it(`recall ≥ ${recall}, precision ≥ ${precision}, TPR ≥ ${tpr}, FPR ≤ ${fpr}`, () => {
    expect(m.recall).toBeGreaterThanOrEqual(recall);
    expect(m.precision).toBeGreaterThanOrEqual(precision);
    expect(m.tpr).toBeGreaterThanOrEqual(tpr);
    expect(m.fpr).toBeLessThanOrEqual(fpr);
  });
});
