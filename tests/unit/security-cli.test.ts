// @vitest-environment node
/**
 * The scan CLI on broken and binary input (issue 9), beyond tests/unit/cli-scan.test.ts: random
 * bytes, NUL bytes, invalid UTF-8, a 5 MB line, empty and CR-only lines. Each bad line gets a
 * short error with its line number on stderr, the good lines come out exactly as they would from
 * a clean file, and the exit status is 1.
 */
import { spawnSync } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scanJsonl } from '../../cli/scan-core';

/** Deterministic bytes without \n or \r, so each stays one line. */
function randomBytes(n: number, seed = 7): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const v = (x >> 16) & 0xff;
    b[i] = v === 10 || v === 13 ? 32 : v;
  }
  return b;
}

const good = [
  '{"id":"a1","text":"Young girl, new girls every week, call 912 34 567"}',
  '{"id":"a2","text":"Massasje, ring 91234567, happy ending"}',
  '{"id":"a3","text":"bbfs 24/7, no days off"}',
];

async function scanText(input: Buffer | string): Promise<string> {
  let out = '';
  const w = new Writable({
    write(c, _e, cb) {
      out += String(c);
      cb();
    },
  });
  await scanJsonl(() => Readable.from([input]), w, new Writable({ write: (_c, _e, cb) => cb() }));
  return out;
}

describe('scan CLI on hostile input', () => {
  it(
    'reports each bad line by number, keeps the good ones intact, exits 1',
    { timeout: 60_000 },
    async () => {
      const lines: Buffer[] = [
        Buffer.from(good[0]!), // 1
        randomBytes(4096), // 2: binary noise
        Buffer.from([0, 0, 0, 0]), // 3: NUL bytes
        Buffer.from(''), // 4: empty
        Buffer.concat([
          Buffer.from('{"id":"bad'),
          Buffer.from([0xc3, 0x28, 0xff]),
          Buffer.from('"'),
        ]), // 5: invalid UTF-8, broken JSON
        Buffer.from(good[1]!), // 6
        Buffer.from('{"id":"nul","text":"a\u0000b"}'.replace('\\u0000', '\u0000')), // 7: raw NUL in a string
        Buffer.from('{"id":"huge","text":"' + 'lorem ipsum '.repeat(440_000)), // 8: a 5 MB line, unterminated
        Buffer.from('\r'), // 9: CR only
        Buffer.from(good[2]!), // 10
      ];
      expect(lines[7]!.length).toBeGreaterThan(5_000_000);
      const input = Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
      const r = spawnSync('npx', ['tsx', 'cli/scan.ts', '-'], {
        input,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(r.status).toBe(1);
      const errors = r.stderr.split('\n').filter((l) => l.startsWith('error:'));
      expect(errors.map((l) => /line (\d+):/.exec(l)?.[1])).toEqual(['2', '3', '5', '7', '8']);
      // Short and clear: no error line echoes the 5 MB input back.
      for (const l of errors) expect(l.length).toBeLessThan(300);
      // The good lines come out byte for byte as from a clean file.
      expect(r.stdout).toBe(await scanText(good.join('\n')));
    },
  );

  it('keeps invalid UTF-8 inside a string as U+FFFD and offsets in bounds', async () => {
    const line = Buffer.concat([
      Buffer.from('{"id":"u","text":"young '),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(' girls, new girls every week"}\n'),
    ]);
    const out = JSON.parse(await scanText(line));
    const text = 'young \ufffd\ufffd\ufffd girls, new girls every week';
    expect(out.id).toBe('u');
    for (const f of out.indicators) expect(f.end).toBeLessThanOrEqual(text.length);
    expect(
      out.indicators.map((f: { start: number; end: number }) => text.slice(f.start, f.end)),
    ).toContain('new girls every week');
  });
});
