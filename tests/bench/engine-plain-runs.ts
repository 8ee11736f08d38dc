/**
 * The ceiling of a native fast path for the normaliser (issue 17, perf11), measured before
 * building it: `npx tsx tests/bench/engine-plain-runs.ts`. A plain word (two or more lower-case
 * ASCII letters, none doubled, after a single space) comes out of normalize() as itself, so a
 * native RegExp could find runs of them and the JS loop could skip them. This prints, in ns per
 * character of the benchmark's ads (CPU time, median of interleaved rounds):
 * - normalize() on the whole ads, and on the ads without their plain words (the JS work left);
 * - the native searches such a fast path needs at least, and a tight fill of the runs' offsets.
 * The fast path can win at most normalize(all) − normalize(rest) − search − fill, before any
 * hand-over of the normaliser's state at each run's ends (bench/RESULTS.md, perf11).
 * `ADS=cli` takes bench:cli's texts instead (dev-ads + real-dev, each with " Ring <number>.").
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine } from '../../indicators';
import { createBuffers, normalize } from '../../indicators/normalize';
import { benchAds } from './engine-ads';

const cliAds = () => {
  const t = ['dev-ads.jsonl', 'real-dev.jsonl'].flatMap((f) =>
    readFileSync(resolve('../shared/eval', f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  // About 1 MB, as the engine's ads: the texts over and over, each with another number.
  return Array.from({ length: 1500 }, (_, i) => `${t[i % t.length]} Ring ${90000000 + i * 7919}.`);
};
const ads = process.env.ADS === 'cli' ? cliAds() : benchAds().ads;
const chars = ads.reduce((k, a) => k + a.length, 0);
const isPlain = (w: string) => /^[a-z]{2,}$/.test(w) && !/([a-z])\1/.test(w);
const rest = ads.map((a) =>
  a
    .split(' ')
    .filter((w) => !isPlain(w))
    .join(' '),
);
const DOUBLE = 'aa|bb|cc|dd|ee|ff|gg|hh|ii|jj|kk|ll|mm|nn|oo|pp|qq|rr|ss|tt|uu|vv|ww|xx|yy|zz';
/** Runs of exactly the plain words; a cheaper inexact search (doubled letters let through). */
const EXACT = new RegExp(` ((?:(?![a-z]*(?:${DOUBLE}))[a-z]{2,} )+)`, 'g');
const LOOSE = / (?:[a-z]{2,} )+/g;
const out = createBuffers(4096);
const engine = createEngine();
let sink = 0;

let runs = 0;
let inRuns = 0;
for (const a of ads)
  for (const m of a.matchAll(EXACT)) {
    runs++;
    inRuns += m[1]!.length;
  }

const cases: [string, () => void][] = [
  ['toLowerCase()', () => ads.forEach((a) => (sink += a.toLowerCase().length))],
  ['normalize(), whole ads', () => ads.forEach((a) => (sink += normalize(a, out).n))],
  [
    'normalize(), ads without plain words',
    () => rest.forEach((a) => (sink += normalize(a, out).n)),
  ],
  [
    'search: exact plain runs (exec)',
    () =>
      ads.forEach((a) => {
        EXACT.lastIndex = 0;
        for (let m; (m = EXACT.exec(a));) sink += m.index;
      }),
  ],
  [
    'search: loose runs (test, no match array)',
    () =>
      ads.forEach((a) => {
        LOOSE.lastIndex = 0;
        while (LOOSE.test(a)) sink += LOOSE.lastIndex;
      }),
  ],
  [
    'lower + exact search + fill offsets of runs',
    () =>
      ads.forEach((a) => {
        const l = a.toLowerCase();
        const { buf, st, en } = out;
        let n = 0;
        EXACT.lastIndex = 0;
        for (let m; (m = EXACT.exec(a));)
          for (let i = m.index + 1, e = m.index + m[0].length; i < e; i++) {
            buf[n] = l.charCodeAt(i);
            st[n] = i;
            en[n++] = i + 1;
          }
        sink += n;
      }),
  ],
  ['engine.scan(), whole ads', () => ads.forEach((a) => (sink += engine.scan({ text: a }).score))],
];

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const samples = cases.map(() => [] as number[]);
for (let r = 0; r < 10; r++)
  cases.forEach(([, fn], k) => {
    const t = cpu();
    fn();
    if (r >= 3) samples[k]!.push(cpu() - t); // rounds 0–2 warm up
  });
console.log(
  `${ads.length} ads, ${chars} characters; plain runs ${runs} (${(inRuns / runs).toFixed(1)} characters each), ` +
    `${((100 * inRuns) / chars).toFixed(1)}% of the characters`,
);
cases.forEach(([label], k) => {
  const s = samples[k]!.sort((a, b) => a - b);
  console.log(`${label.padEnd(46)} ${((s[s.length >> 1]! * 1e6) / chars).toFixed(2)} ns/char`);
});
if (sink === 0) console.log('(no output)');
