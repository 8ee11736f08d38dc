// @vitest-environment node
/**
 * The `lykt` bin as users run it: the built dist/cli.js in real child processes, real files,
 * real pipes (| head -1), real signals and a real terminal (script(1)) for the progress line.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { parquetWriteFile } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatResult } from '../../cli/output';
import { createEngine, linkSharedContacts } from '../../indicators';

const BIN = resolve('dist/cli.js');
const DEV = resolve('../shared/eval/dev-ads.jsonl');
let dir: string;

/** Builds dist/ unless it is newer than every source it bundles (npm test builds it first). */
function ensureBuilt(): void {
  const newest = (d: string): number =>
    Math.max(
      ...readdirSync(d, { withFileTypes: true }).map((e) =>
        e.isDirectory() ? newest(join(d, e.name)) : statSync(join(d, e.name)).mtimeMs,
      ),
    );
  if (existsSync(BIN) && statSync(BIN).mtimeMs > Math.max(newest('cli'), newest('indicators')))
    return;
  execFileSync('node', ['cli/build.mjs'], { stdio: 'inherit' });
}

function lykt(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}) {
  return spawnSync('node', [BIN, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
}

/** What the library computes in memory: the reference for the bin's streamed, threaded output. */
function reference(ads: { id: string; text: string; lang?: string }[]): string {
  const engine = createEngine();
  const results = ads.map((a) => engine.scan(a));
  linkSharedContacts(results);
  return results.map((r, i) => formatResult(ads[i]!.id, r) + '\n').join('');
}

const devAds = () =>
  readFileSync(DEV, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; text: string; lang?: string });

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'lykt-bin-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lykt bin', () => {
  it(
    'prints help on stdout with exit 0, and usage errors on stderr with exit 2',
    { timeout: 60_000 },
    () => {
      const help = lykt(['--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/usage: lykt scan/);
      expect(help.stdout).toMatch(/exit status/);
      for (const args of [
        [],
        ['frobnicate'],
        ['scan', DEV, '--jobs', '0'],
        ['scan', DEV, '--nope'],
      ]) {
        const r = lykt(args, '');
        expect(r.status, args.join(' ')).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(/^lykt: /);
      }
      const missing = lykt(['scan', join(dir, 'no-such.jsonl')]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/cannot read/);
      expect(missing.stderr).not.toMatch(/\n\s+at /); // no stack trace
    },
  );

  it(
    'gives the library result byte for byte, with 1 or 2 jobs, over many chunks, contacts shared across the file',
    { timeout: 180_000 },
    () => {
      // ~3 MB: several 512 KB chunks per pass, so order and cross-chunk sharing are exercised.
      const base = devAds();
      const ads = Array.from({ length: 3000 }, (_, i) => ({
        ...base[i % base.length]!,
        id: `x${i}`,
        text: `${base[i % base.length]!.text} ${'filler text '.repeat(60)} ring ${90000000 + (i % 1400)}`,
      }));
      ads.push({ id: 'last', text: 'Massasje, ring 90000007' }); // shares with ad x7, 3 MB earlier
      const file = join(dir, 'many.jsonl');
      writeFileSync(file, ads.map((a) => JSON.stringify(a)).join('\n') + '\n');
      expect(statSync(file).size).toBeGreaterThan(3 * 512 * 1024);
      const want = reference(ads);
      for (const [jobs, contacts] of [
        ['1', 'merge'],
        ['2', 'merge'],
        ['2', 'first-pass'],
      ] as const) {
        const r = lykt(['scan', file, '-j', jobs, '--contacts', contacts]);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(r.stdout === want, `-j ${jobs} --contacts ${contacts} differs`).toBe(true);
      }
      expect(want.split('\n').at(-2)).toMatch(/"category":"shared-contact"/);
    },
  );

  it('names the right line of a bad record several chunks into the file', () => {
    // ~2 MB before the bad line: its number is counted over four 512 KB chunks.
    const good = JSON.stringify({ id: 'g', text: `${'filler text '.repeat(170)} ring 90000000` });
    const file = join(dir, 'late-bad.jsonl');
    writeFileSync(file, `${good}\n`.repeat(1000) + '{bad json\n' + `${good}\n`.repeat(10));
    const r = lykt(['scan', file, '-j', '2']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: line 1001: invalid JSON/);
  });

  it(
    'gives the library result when one chunk spools several merge parts (short ads, a contact each)',
    { timeout: 120_000 },
    () => {
      // 120 KB of ads in one input chunk spool over 1 MB of results: cut into 512 KB merge parts.
      const ads = Array.from({ length: 4000 }, (_, i) => ({
        id: `s${i}`,
        text: i % 2 ? `ung, ring ${90000000 + (i % 1500)}` : `skriv til a${i % 1700}@example.com`,
      }));
      const file = join(dir, 'short.jsonl');
      writeFileSync(file, ads.map((a) => JSON.stringify(a)).join('\n') + '\n');
      const want = reference(ads);
      expect(want.length).toBeGreaterThan(1024 * 1024);
      for (const jobs of ['1', '2']) {
        const r = lykt(['scan', file, '-j', jobs]);
        expect(r.stderr).toBe('');
        expect(r.stdout === want, `-j ${jobs} differs`).toBe(true);
      }
    },
  );

  it('matches the library on random ads (property)', { timeout: 180_000 }, async () => {
    const phones = ['912 34 567', '+47 48 12 34 56', 'anna@example.com', '(201) 555-0123'];
    const words = [
      'young',
      'new in town',
      'bbfs',
      'happy ending',
      'sofa',
      'ung',
      '24/7',
      '\u001b[31m',
    ];
    const ad = fc.record({
      text: fc
        .array(fc.oneof(fc.constantFrom(...phones, ...words), fc.string({ maxLength: 12 })), {
          maxLength: 8,
        })
        .map((p) => p.join(' ')),
      lang: fc.constantFrom('nb', 'en'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(ad, { minLength: 1, maxLength: 40 }), async (list) => {
        const ads = list.map((a, i) => ({ ...a, id: `p${i}` }));
        const r = lykt(['scan', '-', '-j', '2'], ads.map((a) => JSON.stringify(a)).join('\n'));
        expect(r.status).toBe(0);
        expect(r.stdout).toBe(reference(ads));
      }),
      { numRuns: 6 },
    );
  });

  it(
    'reads gzip and a UTF-8 BOM, names bad lines without echoing control characters',
    {
      timeout: 60_000,
    },
    () => {
      const text = readFileSync(DEV, 'utf8');
      const plain = lykt(['scan', DEV]).stdout;
      const gz = join(dir, 'dev.jsonl.gz');
      writeFileSync(gz, gzipSync(text));
      expect(lykt(['scan', gz]).stdout).toBe(plain);
      expect(lykt(['scan', '-'], gzipSync(text)).stdout).toBe(plain);
      expect(lykt(['scan', '-'], '\ufeff' + text).stdout).toBe(plain);
      const bad = lykt(
        ['scan', '-'],
        text + '{"id": "\u001b[2J\u001b]0;pwned\u0007\u202e" oops}\n',
      );
      expect(bad.status).toBe(1);
      expect(bad.stdout).toBe(plain);
      expect(bad.stderr).toMatch(/^error: line 35: invalid JSON/);
      expect(bad.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/); // eslint-disable-line no-control-regex
    },
  );

  it(
    'reads CSV with chosen columns and writes quoted, neutralised CSV',
    { timeout: 60_000 },
    () => {
      const csv =
        '\ufeffad_id,body,lang\r\n' +
        'a1,"Young girl, ""new in town"",\nring 912 34 567",nb\r\n' +
        '"=HYPERLINK(""http://x"")",Massasje ring 91234567,nb\r\n' +
        'a3,"Sofa til salgs",\r\n';
      const file = join(dir, 'ads.csv');
      writeFileSync(file, csv);
      const out = join(dir, 'out.csv');
      const r = lykt(['scan', file, '--text', 'body', '--id', 'ad_id', '-o', out]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const raw = readFileSync(out, 'utf8');
      for (const line of raw.trimEnd().split('\r\n')) expect(line).toMatch(/^"[^]*"$/);
      const rows = parse(raw, { columns: true }) as Record<string, string>[];
      expect(rows.map((x) => x.id)).toEqual(['a1', `'=HYPERLINK("http://x")`, 'a3']);
      expect(rows[0]!.shared_contacts).toBe("'+4791234567"); // neutralised like every cell
      expect(rows[1]!.categories).toMatch(/shared-contact/);
      expect(rows[2]!.level).toBe('none');
      // The JSONL from the same CSV carries the same results.
      const jsonl = lykt(['scan', file, '--text', 'body', '--id', 'ad_id'])
        .stdout.trim()
        .split('\n');
      expect(jsonl.map((l) => JSON.parse(l).level)).toEqual(rows.map((x) => x.level));
      // No text column: a clear error, exit 2.
      const broken = lykt(['scan', '-', '--from', 'csv'], 'text\nok\n"unclosed\n');
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/^error: line 3: invalid CSV/);
      const wrong = lykt(['scan', file, '--text', 'nope']);
      expect(wrong.status).toBe(2);
      expect(wrong.stderr).toMatch(/no column "nope"/);
    },
  );

  it(
    'reads Parquet row group by row group, with chosen columns, and writes Parquet',
    { timeout: 60_000 },
    () => {
      const ads = devAds();
      const file = join(dir, 'ads.parquet');
      parquetWriteFile({
        filename: file,
        columnData: [
          { name: 'ad_id', data: ads.map((a) => a.id), type: 'STRING' },
          { name: 'body', data: ads.map((a) => a.text), type: 'STRING' },
          { name: 'lang', data: ads.map((a) => a.lang ?? null), type: 'STRING' },
        ],
        rowGroupSize: 10, // 4 row groups
      });
      const r = lykt(['scan', file, '--text', 'body', '--id', 'ad_id', '-j', '2']);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(reference(ads));
      // Parquet out, read back: the same results as the JSONL.
      const out = join(dir, 'out.parquet');
      expect(lykt(['scan', file, '--text', 'body', '--id', 'ad_id', '-o', out]).status).toBe(0);
      const read = execFileSync(
        'node',
        [
          '--input-type=module',
          '-e',
          `import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
         const rows = await parquetReadObjects({ file: await asyncBufferFromFile(${JSON.stringify(out)}) });
         console.log(JSON.stringify(rows.map((r) => [r.id, r.level, r.score, JSON.parse(r.indicators).length])));`,
        ],
        { encoding: 'utf8' },
      );
      const want = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(JSON.parse(read)).toEqual(
        want.map((w) => [w.id, w.level, w.score, w.indicators.length]),
      );
      expect(lykt(['scan', file, '--to', 'parquet']).stderr).toMatch(/needs -o FILE/);
      expect(lykt(['scan', file]).stderr).toMatch(
        /no column "text" \(columns: ad_id, body, lang\)/,
      );
      expect(lykt(['scan', '-', '--from', 'parquet'], 'x').stderr).toMatch(
        /from a file, not from stdin/,
      );
    },
  );

  it(
    'keeps an existing output file when the scan fails, and leaves no partial file',
    { timeout: 60_000 },
    () => {
      const out = join(dir, 'keep.jsonl');
      writeFileSync(out, 'precious\n');
      const r = lykt(['scan', join(dir, 'ads.csv'), '--text', 'nope', '-o', out]);
      expect(r.status).toBe(2);
      expect(readFileSync(out, 'utf8')).toBe('precious\n');
      expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
    },
  );

  it(
    'stops quietly with 0 when the reader closes the pipe (| head -1)',
    { timeout: 60_000 },
    () => {
      const big = join(dir, 'big.jsonl');
      const line = readFileSync(DEV, 'utf8');
      writeFileSync(big, line.repeat(200));
      const r = spawnSync(
        'bash',
        ['-c', `node "${BIN}" scan "${big}" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`],
        { encoding: 'utf8' },
      );
      expect(r.stdout.trim().split('\n')).toHaveLength(1);
      expect(JSON.parse(r.stdout).id).toBe('d01');
      expect(r.stderr.trim()).toBe('status=0');
    },
  );

  it(
    'leaves no copy of stdin in the temp folder, also when interrupted',
    { timeout: 60_000 },
    async () => {
      const tmp = mkdtempSync(join(dir, 'tmp-'));
      // first-pass copies stdin to a temp file; merge spools results there: both unlinked.
      const p = spawn('node', [BIN, 'scan', '-', '--contacts', 'first-pass'], {
        env: { ...process.env, TMPDIR: tmp },
      });
      let stderr = '';
      p.stderr.on('data', (d) => (stderr += d));
      p.stdout.resume();
      p.stdin.write(readFileSync(DEV, 'utf8'));
      // Once the ads have been read (pass 1 is waiting for more), nothing is visible on disk.
      await new Promise((ok) => setTimeout(ok, 1500));
      expect(readdirSync(tmp)).toEqual([]);
      const status = new Promise((ok) => p.on('close', (code) => ok(code)));
      p.kill('SIGINT');
      expect(await status).toBe(130);
      expect(stderr).toMatch(/interrupted/);
      expect(readdirSync(tmp)).toEqual([]);
    },
  );

  it('shows progress only on a terminal, and not with --quiet', { timeout: 60_000 }, () => {
    const tty = (args: string) =>
      spawnSync(
        'script',
        ['-qec', `node "${BIN}" scan "${DEV}" -o /dev/null ${args}`, '/dev/null'],
        {
          encoding: 'utf8',
        },
      );
    const shown = tty('');
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/pass [12]\/2 \w+ .* MB \/ .* MB .*ads\/s {2}ETA/);
    expect(tty('--quiet').stdout).not.toMatch(/ads\/s/);
    expect(lykt(['scan', DEV, '-o', '/dev/null']).stderr).toBe(''); // piped stderr: silent
  });

  it('is importable as the lykt package with types', { timeout: 60_000 }, () => {
    const code = `
      import { createEngine, scanAds } from 'lykt';
      const r = scanAds([{ text: 'bbfs, ring 912 34 567' }, { text: 'ring 91234567' }], { engine: createEngine() });
      console.log(r.map((x) => x.level + ':' + x.indicators.map((f) => f.category).join(',')).join(' '));`;
    const out = execFileSync('node', ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(out.trim()).toMatch(/^(medium|high):risky-services,shared-contact \w+:shared-contact$/);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(existsSync(pkg.exports['.'].types)).toBe(true);
    expect(readFileSync(pkg.exports['.'].types, 'utf8')).toMatch(/export declare function scanAds/);
  });
});
