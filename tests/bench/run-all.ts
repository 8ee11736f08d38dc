/**
 * `npm run bench`: every benchmark in one go (engine, page scan, widget), then
 * bench/RESULTS.md with their tables and bench/scan-time.svg (scan time against ads on the page).
 */
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { scanTimeSvg, type PageRow } from './plot';

const run = (cmd: string): string => {
  console.log(`\n$ ${cmd}`);
  const out = execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(out);
  return out;
};
const json = (name: string) => JSON.parse(readFileSync(`bench/results/${name}.json`, 'utf8'));

const engineOut = run('npm run --silent bench:engine');
run('npx wxt build');
const pageOut = run('npm run --silent bench:page');
run('npm run --silent build:widget');
const widgetOut = run('npm run --silent bench:widget');

const rows: PageRow[] = json('page-scan').rows;
writeFileSync('bench/scan-time.svg', scanTimeSvg(rows));

const fence = (s: string) => '```\n' + s.trim() + '\n```';
const pageTable = [
  '| ads | DOMContentLoaded → all marked | Lykt busy (page main thread) | engine in the page | batches at the background engine | reading textContent |',
  '|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.ads.toLocaleString('en')} | ${r.markedMs.toFixed(0)} ms | ${r.lyktBusyMs.toFixed(0)} ms | ${r.engineMs.toFixed(0)} ms | ${r.remoteMs.toFixed(0)} ms | ${r.textContentMs.toFixed(1)} ms |`,
  ),
].join('\n');

writeFileSync(
  'bench/RESULTS.md',
  `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Each benchmark measures
its baselines side by side in the same run, so the ratios hold on a noisy machine; absolute times
depend on the machine and its load.

## Page scan (real Chromium, built extension, generated listing)

${pageTable}

![Scan time against ads on the page](scan-time.svg)

${fence(pageOut)}

## Engine (Node)

${fence(engineOut)}

## Widget

${fence(widgetOut)}
`,
);
console.log('\nwrote bench/RESULTS.md and bench/scan-time.svg');
