// `node tests/bench/cli-cpu-split.mjs PROFILE.cpuprofile`: where a `lykt scan` run's CPU goes, from
// `node --cpu-prof --cpu-prof-dir=P dist/cli.js scan FILE -j 1 > /dev/null` (bench/RESULTS.md).
// Each sample counts for one part, by the functions on its stack: the engine's stages first,
// then the pipeline's steps. Names are the bundle's (dist/cli.js keeps function names).
import { readFileSync } from 'node:fs';

const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** [part, test on the stack's function names (leaf first)], first match wins. */
const PARTS = [
  ['idle', (s) => s[0] === '(idle)' || s[0] === '(program)'],
  ['GC', (s) => s[0] === '(garbage collector)'],
  ['engine build', (s) => s.includes('createEngineFrom')],
  [
    'engine: normaliser',
    (s) => s.includes('match') && (s.includes('normalize') || s.includes('rare')),
  ],
  ['engine: matcher', (s) => s.includes('scan') && s.includes('match')],
  ['engine: e-mails', (s) => s.includes('nextEmail')],
  ['engine: phone numbers', (s) => s.includes('contactsAt')],
  ['engine: context, findings, weights, level', (s) => s.includes('scan')],
  [
    'result JSON',
    (s) =>
      ['spoolRecord', 'spoolLine', 'formatResult', 'add', 'encodeInto'].some((f) => s.includes(f)),
  ],
  ['merge pass', (s) => s.includes('merge')],
  ['reading: decode, split lines, JSON.parse', (s) => s.includes('records')],
  [
    'reading: file, chunks',
    (s) => s.includes('lineChunks') || s.includes('plainBytes') || s[0] === 'read',
  ],
  ['contact table', (s) => s.includes('addAll')],
  ['output write', (s) => s.includes('output') || s.includes('writeSync')],
  ['other (module load, V8)', () => true],
];
const time = new Map();
let total = 0;
for (let i = 0; i < p.samples.length; i++) {
  const stack = [];
  for (let x = p.samples[i]; x !== undefined; x = parent.get(x))
    stack.push(byId.get(x).callFrame.functionName);
  const [part] = PARTS.find(([, test]) => test(stack));
  const dt = p.timeDeltas[i] ?? 0;
  time.set(part, (time.get(part) ?? 0) + dt);
  if (part !== 'idle') total += dt;
}
console.log(`busy ${(total / 1e6).toFixed(2)} s of samples`);
for (const [part, t] of [...time].sort((a, b) => b[1] - a[1]))
  if (part !== 'idle') console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${part}`);
