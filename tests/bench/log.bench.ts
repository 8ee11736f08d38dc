/**
 * npm run bench:log — the research log at 20,000 entries: filters, sort, contact groups (what
 * the log did before) and the clusters (contact + near-duplicate text), in Node on this machine.
 * Entries are built from the real ads in ../shared/eval/real-dev.jsonl: reposts with small edits,
 * shared phones, and unrelated ads, so the clustering has real work to do. Median of 5 runs.
 * "main" is log/clusters.ts of the main branch (git show), run side by side in the same process.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { clusterAds, type Cluster } from '../../log/clusters';
import { layoutNetwork } from '../../log/network-layout';
import { filterEntries } from '../../log/filter';
import { contactGroups } from '../../log/group';
import type { LogEntry } from '../../log/types';

const N = Number(process.env.LOG_BENCH_N ?? 20_000);
const real = readFileSync('../shared/eval/real-dev.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);
const NAMES = ['Anna', 'Bella', 'Mia', 'Lin', 'Sofia', 'Nora', 'Emma', 'Ida'];
const CATS = ['youth', 'movement', 'third-party', 'massage-sex'] as const;
const LEVELS = ['none', 'low', 'medium', 'high'] as const;

let seed = 1;
const rnd = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
const entries: LogEntry[] = Array.from({ length: N }, (_, i) => {
  const base = real[rnd(real.length)]!;
  // Most ads: a real text with a name swapped in and a tail that differs (a repost or an edit).
  const text = `${NAMES[rnd(NAMES.length)]}: ${base} Ref ${i} ${rnd(1e6)}`;
  const phone = `+4790${String(rnd(3000)).padStart(6, '0')}`;
  return {
    id: `e${i}`,
    url: `https://site${i % 7}.example/ad/${i}`,
    site: `site${i % 7}.example`,
    title: `Ad ${i}`,
    text,
    context: 'escort',
    level: LEVELS[rnd(4)]!,
    score: rnd(10),
    indicators: [{ category: CATS[rnd(4)]!, term: 'x', match: 'x', start: 0, end: 1, weight: 1 }],
    contacts: [{ type: 'phone', value: phone, start: 0, end: 1 }],
    savedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    note: '',
  };
});

/** Wall time and this process's CPU time (under load from other work the CPU time is the
 * steadier figure), medians of 5. */
function time(name: string, fn: () => unknown): void {
  const ms: number[] = [];
  const cpu: number[] = [];
  let out: unknown;
  for (let i = 0; i < 5; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    out = fn();
    ms.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  const mid = (xs: number[]) =>
    xs
      .sort((a, b) => a - b)[2]!
      .toFixed(0)
      .padStart(6);
  const size = Array.isArray(out) ? `${out.length} results` : '';
  console.log(`${name.padEnd(44)} ${mid(ms)} ms  (cpu ${mid(cpu)} ms)  ${size}`);
}

const chars = entries.reduce((n, e) => n + e.text.length, 0);
console.log(`research log, ${N} entries, ${(chars / 1e6).toFixed(1)} M characters (median of 5)`);
time('filter: query "new" + level ≥ medium', () =>
  filterEntries(entries, { query: 'new', minLevel: 'medium' }),
);
time('filter: category youth, sort by level', () =>
  filterEntries(entries, { category: 'youth' }, 'level'),
);
time('contact groups (before: the only links)', () => contactGroups(entries));
// main's clustering, side by side (skipped when git or the branch is not there).
let mainClusterAds: typeof clusterAds | null = null;
try {
  const src = execFileSync('git', ['show', 'main:log/clusters.ts'], { encoding: 'utf8' });
  const dir = 'node_modules/.cache/lykt-bench';
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/clusters-main.ts`, src);
  mainClusterAds = (
    (await import(`../../${dir}/clusters-main.ts`)) as { clusterAds: typeof clusterAds }
  ).clusterAds;
} catch {
  console.log('(main branch not found: no side-by-side figure)');
}
// The first clustering of a fresh page: nothing cached. Alternated so load hits both alike.
for (let round = 0; round < 2; round++) {
  if (mainClusterAds) time('clusters, first (no cache): main', () => mainClusterAds!(entries));
  time('clusters, first (no cache): this build', () => clusterAds(entries));
}
const cache = new Map();
clusterAds(entries, { cache });
time('clusters again (shingles cached by id)', () => clusterAds(entries, { cache }));
// How busy the machine is: one plain pass over every character of the 20,000 texts.
time('calibration: one loop over all ad text', () => {
  let n = 0;
  for (const e of entries) for (let i = 0; i < e.text.length; i++) n += e.text.charCodeAt(i);
  return n;
});

// The network drawing's layout (in the worker): 500 ads and 2,000 links in 40 clusters.
const clusters: Cluster[] = [];
let next = 0;
while (next < 500) {
  const size = Math.min(500 - next, 2 + rnd(30));
  const ids = Array.from({ length: size }, (_, k) => `n${next + k}`);
  const links = ids.slice(1).map((b, k) => ({
    a: ids[rnd(k + 1)]!,
    b,
    reason: { kind: 'text', similarity: 0.8 } as const,
  }));
  clusters.push({ ids, links });
  next += size;
}
let extra = 2000 - clusters.reduce((n, c) => n + c.links.length, 0);
for (let ci = 0; extra > 0; ci = (ci + 1) % clusters.length) {
  const c = clusters[ci]!;
  if (c.ids.length < 4) continue;
  c.links.push({
    a: c.ids[rnd(c.ids.length)]!,
    b: c.ids[rnd(c.ids.length)]!,
    reason: { kind: 'phone', value: '+4790000000' },
  });
  extra--;
}
clusters.sort((a, b) => b.ids.length - a.ids.length);
time('network layout: 500 ads, 2,000 links (FA2)', () => layoutNetwork(clusters).nodes);
