/**
 * npm run bench:log — the research log at 20,000 entries: filters, sort, contact groups (what
 * the log did before) and the clusters (contact + near-duplicate text), in Node on this machine.
 * Entries are built from the real ads in ../shared/eval/real-dev.jsonl: reposts with small edits,
 * shared phones, and unrelated ads, so the clustering has real work to do. Median of 5 runs.
 */
import { readFileSync } from 'node:fs';
import { clusterAds } from '../../log/clusters';
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

function time(name: string, fn: () => unknown): void {
  const ms: number[] = [];
  let out: unknown;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    out = fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const size = Array.isArray(out) ? `${out.length} results` : '';
  console.log(`${name.padEnd(44)} ${ms[2]!.toFixed(0).padStart(6)} ms   ${size}`);
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
time('clusters: contact + near-duplicate text', () => clusterAds(entries));
const cache = new Map();
clusterAds(entries, { cache });
time('clusters again (shingles cached by id)', () => clusterAds(entries, { cache }));
// How busy the machine is: one plain pass over every character of the 20,000 texts.
time('calibration: one loop over all ad text', () => {
  let n = 0;
  for (const e of entries) for (let i = 0; i < e.text.length; i++) n += e.text.charCodeAt(i);
  return n;
});
