/**
 * `npm run bench:cli [MB] [--repeat N] [--modes merge,first-pass] [--ab DIST]`: the `lykt` bin on a generated
 * JSONL file (default 1024 MB, in the temp folder, deleted afterwards) with 1 and 2 jobs, against
 * a bare parse-and-lowercase pipeline on one core, both ways of finding shared contacts (merge at
 * the end, contacts-only first pass); peak memory and CPU time of each; memory with 2 million
 * distinct contacts (skip with --no-contacts). The runs alternate (bare, 1 job, 2 jobs, bare, …)
 * N times so machine load hits them alike, and the median counts. On a shared machine wall time
 * favours more threads (each thread gets its share of the cores), so the CPU time ratio is given
 * too: CPU(1 job) / CPU(2 jobs) × 2 bounds the 2-job speed-up on two idle cores. The bin runs from
 * a copy of dist/, so a rebuild during the bench does not change it. `--ab DIST`: another build's
 * dist/ (e.g. main's) runs too, alternating with this one in every round, and must give the same
 * output. Writes the block between <!-- cli --> and <!-- /cli --> in bench/RESULTS.md (the history after it is hand-written).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const MB = 1024 * 1024;
const argv = process.argv.slice(2);
const flag = (name: string) => {
  const at = argv.indexOf(name);
  return at < 0 ? undefined : argv.splice(at, 2)[1];
};
const repeat = Number(flag('--repeat') ?? 1);
const modes = (flag('--modes') ?? 'merge,first-pass').split(',') as ('merge' | 'first-pass')[];
const noContacts = argv.includes('--no-contacts');
const abDist = flag('--ab');
const size = Number(argv.find((a) => /^\d/.test(a)) ?? process.env.LYKT_BENCH_MB ?? 1024) * MB;
const dir = mkdtempSync(join(tmpdir(), 'lykt-bench-'));
cpSync('dist', join(dir, 'dist'), { recursive: true });
const BIN = join(dir, 'dist/cli.js');
if (abDist) cpSync(abDist, join(dir, 'dist-ab'), { recursive: true });
const BIN_AB = join(dir, 'dist-ab/cli.js');

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

interface Run {
  s: number;
  cpu: number;
  peakMB: number;
  /** One-minute load average at the end of the run. */
  load: number;
  stderr: string;
}

/** Runs a command; wall time, CPU time (its --stats line) and peak resident memory (VmHWM, polled from /proc). */
function measure(cmd: string, args: string[], stdout?: string) {
  return new Promise<Run>((ok, fail) => {
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
      const st = stats ? (JSON.parse(stats[1]!) as { rssMB?: number; cpuS: number }) : undefined;
      if (st?.rssMB) peak = Math.max(peak, st.rssMB);
      if (code !== 0) fail(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${stderr}`));
      else
        ok({
          s: (performance.now() - t0) / 1000,
          cpu: st?.cpuS ?? NaN,
          peakMB: Math.round(peak),
          load: loadavg()[0]!,
          stderr,
        });
    });
  });
}

class Done extends Error {}
async function sha256(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const b of createReadStream(path)) h.update(b as Buffer);
  return h.digest('hex');
}
const stat = (out: string) => JSON.parse(/lykt: stats (\{.*\})/.exec(out)![1]!);
const lines: string[] = [];
const log = (s: string) => (console.log(s), lines.push(s));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
try {
  const file = join(dir, 'ads.jsonl');
  const ads = await generate(file, size);
  const fileMB = statSync(file).size / MB;
  log(
    `file: ${fileMB.toFixed(0)} MB, ${ads.toLocaleString('en')} ads (generated); ${repeat} round(s), median; load average ${loadavg()[0]!.toFixed(2)} at the start`,
  );
  const builds = abDist ? (['ab', 'lykt'] as const) : (['lykt'] as const);
  const configs = [
    ['bare', 0, 'merge'] as const,
    ...modes.flatMap((c) => builds.flatMap((b) => [[b, 1, c] as const, [b, 2, c] as const])),
  ];
  const runs = new Map<string, Run[]>();
  const hashes = new Map<string, string>();
  const keyOf = ([what, jobs, c]: (typeof configs)[number]) =>
    what === 'bare' ? 'bare' : `${what === 'ab' ? 'ab ' : ''}${jobs} ${c}`;
  for (let round = 0; round < repeat; round++)
    for (const cfg of configs) {
      const [what, jobs, contacts] = cfg;
      const key = keyOf(cfg);
      const out = join(dir, `out-${what}-${jobs}-${contacts}.jsonl`);
      const bin = what === 'ab' ? BIN_AB : BIN;
      const r =
        what === 'bare'
          ? await measure('node', ['tests/bench/cli-bare.mjs', file])
          : await measure(
              'node',
              [bin, 'scan', file, '-j', String(jobs), '--contacts', contacts, '--stats'],
              out,
            );
      runs.set(key, [...(runs.get(key) ?? []), r]);
      if (what !== 'bare') {
        hashes.set(key, await sha256(out)); // outputs of a 1 GB file are large: keep a hash
        rmSync(out);
      }
      console.log(
        `  round ${round + 1} ${key}: ${r.s.toFixed(1)} s, CPU ${r.cpu.toFixed(1)} s, load ${r.load.toFixed(1)}`,
      );
    }
  const med = (key: string) => {
    const rs = runs.get(key)!;
    return {
      s: median(rs.map((r) => r.s)),
      cpu: median(rs.map((r) => r.cpu)),
      peakMB: Math.max(...rs.map((r) => r.peakMB)),
      loads: rs.map((r) => r.load.toFixed(1)).join('/'),
      last: rs.at(-1)!,
    };
  };
  const bare = med('bare');
  const rate = (s: number) => `${(fileMB / s).toFixed(1)} MB/s`;
  log(
    `bare parse + toLowerCase, 1 core  ${bare.s.toFixed(1)} s  ${rate(bare.s)}  CPU ${bare.cpu.toFixed(1)} s  peak ${bare.peakMB} MB  (load ${bare.loads})`,
  );
  for (const cfg of configs.slice(1)) {
    const [what, jobs, contacts] = cfg;
    const r = med(keyOf(cfg));
    const st = stat(r.last.stderr);
    log(
      `${what === 'ab' ? `[${abDist}] ` : ''}lykt scan -j ${jobs} --contacts ${contacts}  ${r.s.toFixed(1)} s  ${rate(r.s)}  ${(r.s / bare.s).toFixed(1)}x bare  CPU ${r.cpu.toFixed(1)} s (${(r.cpu / bare.cpu).toFixed(1)}x bare)  peak ${r.peakMB} MB  (load ${r.loads}; pass 1 ${(st.pass1Ms / 1000).toFixed(1)} s, pass 2 ${(st.pass2Ms / 1000).toFixed(1)} s, ${st.contacts.toLocaleString('en')} distinct contacts)`,
    );
  }
  for (const c of modes) {
    const [one, two] = [med(`1 ${c}`), med(`2 ${c}`)];
    log(
      `speed-up 2 jobs over 1 (${c}): ${(one.s / two.s).toFixed(2)}x wall; CPU ${two.cpu.toFixed(1)} s vs ${one.cpu.toFixed(1)} s, so at most ${((2 * one.cpu) / two.cpu).toFixed(2)}x on two idle cores`,
    );
    if (abDist)
      for (const j of [1, 2]) {
        const [a, b] = [med(`ab ${j} ${c}`), med(`${j} ${c}`)];
        log(
          `this build over [${abDist}], ${j} job(s) (${c}): CPU ${(a.cpu / b.cpu).toFixed(2)}x less (${a.cpu.toFixed(1)} → ${b.cpu.toFixed(1)} s), wall ${(a.s / b.s).toFixed(2)}x, peak ${a.peakMB} → ${b.peakMB} MB`,
        );
      }
  }
  const sums = new Set(hashes.values());
  log(`all ${hashes.size} outputs identical: ${sums.size === 1}`);
  rmSync(file);
  if (noContacts) throw new Done();

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
  for (const what of builds) {
    const c = await measure('node', [what === 'ab' ? BIN_AB : BIN, 'scan', many, '--stats']);
    log(
      `${what === 'ab' ? `[${abDist}] ` : ''}2,000,000 distinct contacts (${(statSync(many).size / MB).toFixed(0)} MB), default jobs: ${c.s.toFixed(1)} s, CPU ${c.cpu.toFixed(1)} s, peak ${c.peakMB} MB`,
    );
  }
} catch (e) {
  if (!(e instanceof Done)) throw e;
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
