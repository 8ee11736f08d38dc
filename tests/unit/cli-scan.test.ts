// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scanJsonl } from '../../cli/scan-core';

function sink() {
  let text = '';
  const w = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  });
  return {
    w,
    get text() {
      return text;
    },
  };
}

describe('scan CLI', () => {
  it('writes DESIGN.md JSONL, reports bad lines by number and links shared contacts', async () => {
    const input = [
      '{"id":"a1","text":"Young girl, new girls every week, call 912 34 567"}',
      '{broken',
      '',
      '{"id":"a2","text":"Massasje, ring 91234567"}',
      '{"id":"a3"}',
    ].join('\n');
    const out = sink();
    const err = sink();
    const bad = await scanJsonl(() => Readable.from([input]), out.w, err.w);
    expect(bad).toBe(2);
    expect(err.text).toMatch(/line 2: invalid JSON/);
    expect(err.text).toMatch(/line 5: "text" must be a string/);
    const lines = out.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a1', 'a2']);
    expect(Object.keys(lines[0])).toEqual([
      'id',
      'context',
      'level',
      'score',
      'indicators',
      'contacts',
    ]);
    expect(Object.keys(lines[0].indicators[0])).toEqual([
      'category',
      'term',
      'match',
      'start',
      'end',
      'weight',
      'base',
    ]);
    expect(Object.keys(lines[0].contacts[0])).toEqual(['type', 'value', 'match', 'start', 'end']);
    for (const l of lines)
      expect(l.indicators.some((f: { category: string }) => f.category === 'shared-contact')).toBe(
        true,
      );
  });

  it(
    'runs as npm run scan over the dev set and exits 1 on bad stdin lines',
    { timeout: 60_000 },
    () => {
      const file = resolve('../shared/eval/dev-ads.jsonl');
      const out = execFileSync('npx', ['tsx', 'cli/scan.ts', file], { encoding: 'utf8' });
      expect(out.trim().split('\n')).toHaveLength(34);
      const r = spawnSync('npx', ['tsx', 'cli/scan.ts', '-', '--summary'], {
        input: '{"id":"x","text":"bbfs"}\nnope\n',
        encoding: 'utf8',
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/line 2/);
      expect(r.stdout).toMatch(/risky-services/);
    },
  );
});
