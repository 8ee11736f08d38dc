/**
 * npm run bench:engine — throughput of the engine with the full lexicon, side by side with
 * (a) a naive loop of one RegExp per pattern and (b) one toLowerCase() pass over the same ads,
 * plus modern-ahocorasick on lower-cased text (why the matcher is our own), lexicon build time
 * and memory. Ads: the dev set's texts plus varied filler, ~1 MB in total. Writes
 * bench/results/engine.json.
 *
 * A/B: `npm run bench:engine -- --ab [REF]` (REF defaults to main) also runs the engine of REF,
 * read from `git archive REF indicators` into a temporary folder, in the same rounds, and prints
 * this build's throughput as a ratio of REF's (issue 12 target: at least 0.9).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import AhoCorasick from 'modern-ahocorasick';
import { createEngine, type Engine } from '../../indicators';
import { LEXICONS } from '../../indicators/lexicon';

const dev = readFileSync(resolve('../shared/eval/dev-ads.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);
const filler = [
  'Hei! Jeg er en hyggelig dame som tar imot i rolige omgivelser sentralt i byen. Ring for avtale, 912 34 567.',
  'Selger pent brukt spisebord i eik med seks stoler. Hentes på Grünerløkka, kontant eller Vipps.',
  'Vi søker deg som liker service til vår butikk i Bergen sentrum. Fast stilling, lønn etter avtale.',
  'Hi gentlemen, I am Sofia, visiting for business. Elegant and educated, dinner dates welcome. ✨',
];
const ads: string[] = [];
let bytes = 0;
for (let i = 0; bytes < 1_000_000; i++) {
  const t = (i % 3 === 0 ? filler[i % filler.length]! + ' ' : '') + dev[i % dev.length]! + ` #${i}`;
  ads.push(t);
  bytes += Buffer.byteLength(t);
}
const MB = bytes / 1e6;

type Run = { label: string; fn: () => void; share: number; samples: number[] };
const runs: Run[] = [];
/** `share`: the slow baselines run over 1/20 of the ads and their time is scaled up. */
const add = (label: string, fn: () => void, share = 1) =>
  runs.push({ label, fn, share, samples: [] });
/** Rounds interleave all runs so machine load hits them alike; the median round counts. */
function measure(rounds: number): Map<string, number> {
  for (const r of runs) for (let w = 0; w < 5; w++) r.fn(); // warm-up (JIT)
  for (let k = 0; k < rounds; k++)
    for (const r of runs) {
      const t0 = performance.now();
      r.fn();
      r.samples.push((performance.now() - t0) / 1000);
    }
  const out = new Map<string, number>();
  for (const r of runs) {
    const s = [...r.samples].sort((a, b) => a - b)[Math.floor(r.samples.length / 2)]!;
    out.set(r.label, (MB * r.share) / s);
    console.log(`${r.label.padEnd(50)} ${((MB * r.share) / s).toFixed(2).padStart(9)} MB/s`);
  }
  return out;
}

// Memory the engine keeps (JS heap and typed arrays), after a full GC on both sides.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const mem = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const mem0 = mem();
const t0 = performance.now();
const engine = createEngine();
const buildMs = performance.now() - t0;
const heapMB = (mem() - mem0) / 1e6; // before any scan fills in transitions

const patterns = Object.values(LEXICONS).flatMap((l) =>
  [...l.indicators, ...l.contexts, ...l.negations].flatMap((e) =>
    e.patterns.map((p) => p.replace(/^\*|\*$/g, '')),
  ),
);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const regexes = patterns.map((p) => new RegExp(`(?<![\\p{L}\\d])${esc(p)}(?![\\p{L}\\d])`, 'giu'));
const ac = new AhoCorasick(patterns.map((p) => p.toLowerCase()));

const load = loadavg()[0]!;
console.log(
  `ads: ${ads.length} (${MB.toFixed(2)} MB), patterns: ${patterns.length}, load average ${load.toFixed(2)}`,
);
let sink = 0;
const E = 'engine.scan (full lexicon, contacts, scoring)';
const N = 'naive: one RegExp per pattern (1/20 of ads, scaled)';
const L = 'bare read: one toLowerCase() pass';
const few = ads.filter((_, i) => i % 20 === 0);
add(E, () => {
  for (const a of ads) sink += engine.scan({ text: a }).score;
});
const abAt = process.argv.indexOf('--ab');
const abRef = abAt < 0 ? undefined : (process.argv[abAt + 1] ?? 'main');
const B = `baseline engine.scan at ${abRef}`;
if (abRef) {
  const commit = execFileSync('git', ['rev-parse', '--short', abRef], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'lykt-ab-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  execFileSync('sh', ['-c', `git archive ${commit} indicators | tar -x -C "${dir}"`]);
  const base = (await import(pathToFileURL(join(dir, 'indicators/index.ts')).href)) as {
    createEngine(): Engine;
  };
  const baseEngine = base.createEngine();
  console.log(`A/B: ${abRef} is ${commit}`);
  add(B, () => {
    for (const a of ads) sink += baseEngine.scan({ text: a }).score;
  });
}
add(
  N,
  () => {
    for (const a of few) for (const re of regexes) sink += a.match(re)?.length ?? 0;
  },
  1 / 20,
);
add(L, () => {
  for (const a of ads) sink += a.toLowerCase().length;
});
add(
  'modern-ahocorasick on lower-cased text (1/20, scaled)',
  () => {
    for (const a of few) sink += ac.search(a.toLowerCase()).length;
  },
  1 / 20,
);
const r = measure(Number(process.env.ROUNDS ?? 7));
const engineMBs = r.get(E)!;
const naiveMBs = r.get(N)!;
const lowerMBs = r.get(L)!;
const ratioNaive = engineMBs / naiveMBs;
const ratioLower = lowerMBs / engineMBs;
console.log(`engine vs naive RegExp loop: ${ratioNaive.toFixed(1)}× faster (target ≥ 10×)`);
console.log(`engine vs toLowerCase pass: ${ratioLower.toFixed(2)}× slower (target ≤ 4×)`);
console.log(
  `lexicon build: ${buildMs.toFixed(1)} ms (target < 50 ms), engine memory ≈ ${heapMB.toFixed(1)} MB`,
);
const ab = abRef ? engineMBs / r.get(B)! : undefined;
if (ab) {
  const pct = `${Math.abs((ab - 1) * 100).toFixed(1)}% ${ab >= 1 ? 'faster' : 'slower'}`;
  console.log(`this build vs ${abRef}: ${ab.toFixed(3)}× its throughput, ${pct} (target ≥ 0.9×)`);
}
mkdirSync('bench/results', { recursive: true });
const json = { engineMBs, naiveMBs, lowerMBs, ratioNaive, ratioLower, buildMs, heapMB, load, ab };
writeFileSync('bench/results/engine.json', JSON.stringify(json, null, 2) + '\n');
if (sink === -1) console.log(sink);
