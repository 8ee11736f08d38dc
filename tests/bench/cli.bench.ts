/**
 * `npm run bench:cli [MB]`: the `lykt` bin on a generated JSONL file (default 1024 MB, in the
 * temp folder, deleted afterwards) with 1 and 2 jobs, against a bare parse-and-lowercase pipeline
 * on one core, both ways of finding shared contacts (merge at the end, contacts-only first
 * pass); peak memory of each; memory with 2 million distinct contacts. Writes the "CLI"
 * section of bench/RESULTS.md.
 */
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const MB = 1024 * 1024;
const size = Number(process.argv[2] ?? process.env.LYKT_BENCH_MB ?? 1024) * MB;
const dir = mkdtempSync(join(tmpdir(), 'lykt-bench-'));

function texts(): string[] {
  const read = (f: string) =>
    readFileSync(resolve('../shared/eval', f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text);
  return [...read('dev-ads.jsonl'), ...read('real-dev.jsonl')];
}

/** Ads from the eval texts, each with a phone number from a pool a third the size of the file. */
async function generate(file: string, bytes: number): Promise<number> {
  const t = texts();
  const avg = t.reduce((a, s) => a + s.length, 0) / t.length;
  const pool = Math.max(10, Math.round(bytes / avg / 3));
  const out = createWriteStream(file);
  let written = 0;
  let ads = 0;
  let seed = 1;
  const rnd = (n: number) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  while (written < bytes) {
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++, ads++) {
      const phone = 90000000 + rnd(pool);
      lines.push(JSON.stringify({ id: `b${ads}`, text: `${t[ads % t.length]} Ring ${phone}.` }));
    }
    const chunk = lines.join('\n') + '\n';
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise<void>((ok) => out.once('drain', () => ok()));
  }
  await new Promise<void>((ok) => out.end(ok));
  return ads;
}

/** Runs a command; wall time and peak resident memory (VmHWM, polled from /proc). */
function measure(cmd: string, args: string[], stdout?: string) {
  return new Promise<{ s: number; peakMB: number; stderr: string }>((ok, fail) => {
    const t0 = performance.now();
    const out = stdout ? createWriteStream(stdout) : 'ignore';
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    if (out !== 'ignore') p.stdout.pipe(out);
    else p.stdout.resume();
    let stderr = '';
    p.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch {
        /* exited */
      }
    }, 100);
    p.on('close', (code) => {
      clearInterval(poll);
      const stats = /lykt: stats (\{.*\})/.exec(stderr);
      if (stats) peak = Math.max(peak, JSON.parse(stats[1]!).rssMB);
      if (code !== 0) fail(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${stderr}`));
      else ok({ s: (performance.now() - t0) / 1000, peakMB: Math.round(peak), stderr });
    });
  });
}

const stat = (out: string) => JSON.parse(/lykt: stats (\{.*\})/.exec(out)![1]!);
const lines: string[] = [];
const log = (s: string) => (console.log(s), lines.push(s));
try {
  const file = join(dir, 'ads.jsonl');
  const ads = await generate(file, size);
  const fileMB = statSync(file).size / MB;
  log(
    `file: ${fileMB.toFixed(0)} MB, ${ads.toLocaleString('en')} ads (generated); load average ${loadavg()[0]!.toFixed(2)}`,
  );
  const bare = await measure('node', ['tests/bench/cli-bare.mjs', file]);
  const rate = (s: number) => `${(fileMB / s).toFixed(1)} MB/s`;
  log(
    `bare parse + toLowerCase, 1 core  ${bare.s.toFixed(1)} s  ${rate(bare.s)}  peak ${bare.peakMB} MB`,
  );
  const runs: Record<string, Awaited<ReturnType<typeof measure>>> = {};
  for (const [jobs, contacts] of [
    [1, 'merge'],
    [2, 'merge'],
    [1, 'first-pass'],
    [2, 'first-pass'],
  ] as const) {
    const out = join(dir, `out-${jobs}-${contacts}.jsonl`);
    const args = ['dist/cli.js', 'scan', file, '-j', String(jobs), '--contacts', contacts];
    const r = (runs[`${jobs} ${contacts}`] = await measure('node', [...args, '--stats'], out));
    const st = stat(r.stderr);
    log(
      `lykt scan -j ${jobs} --contacts ${contacts}  ${r.s.toFixed(1)} s  ${rate(r.s)}  ${(r.s / bare.s).toFixed(1)}x bare  peak ${r.peakMB} MB  (pass 1 ${(st.pass1Ms / 1000).toFixed(1)} s, pass 2 ${(st.pass2Ms / 1000).toFixed(1)} s, ${st.contacts.toLocaleString('en')} distinct contacts)`,
    );
  }
  for (const c of ['merge', 'first-pass'])
    log(`speed-up 2 jobs over 1 (${c}): ${(runs[`1 ${c}`]!.s / runs[`2 ${c}`]!.s).toFixed(2)}x`);
  const outs = readdirSync(dir).filter((f) => f.startsWith('out-'));
  const first = readFileSync(join(dir, outs[0]!));
  log(
    `all ${outs.length} outputs identical: ${outs.every((f) => readFileSync(join(dir, f)).equals(first))}`,
  );
  for (const f of outs) rmSync(join(dir, f));
  rmSync(file);

  // Memory against distinct contacts: 2 million ads, each with its own e-mail address.
  const many = join(dir, 'contacts.jsonl');
  const w = createWriteStream(many);
  for (let i = 0; i < 2_000_000; i += 10_000) {
    const chunk: string[] = [];
    for (let j = i; j < i + 10_000; j++)
      chunk.push(`{"id":"c${j}","text":"Skriv til anna.${j}@example.com"}`);
    if (!w.write(chunk.join('\n') + '\n'))
      await new Promise<void>((ok) => w.once('drain', () => ok()));
  }
  await new Promise<void>((ok) => w.end(ok));
  const c = await measure('node', ['dist/cli.js', 'scan', many, '--stats']);
  log(
    `2,000,000 distinct contacts (${(statSync(many).size / MB).toFixed(0)} MB): ${c.s.toFixed(1)} s, peak ${c.peakMB} MB`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const section = `<!-- cli -->
## CLI (\`npm run bench:cli\`, ${new Date().toISOString().slice(0, 10)})

\`\`\`
${lines.join('\n')}
\`\`\`
<!-- /cli -->`;
const prev = readFileSync('bench/RESULTS.md', 'utf8');
writeFileSync(
  'bench/RESULTS.md',
  /<!-- cli -->[\s\S]*<!-- \/cli -->/.test(prev)
    ? prev.replace(/<!-- cli -->[\s\S]*<!-- \/cli -->/, section)
    : prev.trimEnd() + '\n\n' + section + '\n',
);
console.log('wrote the CLI section of bench/RESULTS.md');
