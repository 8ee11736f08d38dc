/**
 * One engine in a process of its own (bench:engine --ab): loads indicators/ from the folder in
 * argv[2], warms up, and prints the MB/s of the fastest of ROUNDS passes over the benchmark's ads.
 * The fastest, not the median: on a shared machine a process's passes swing 9–18 MB/s with the
 * neighbours' load (CPU time swings alike, so it is not time spent descheduled), and the fastest
 * pass is the least disturbed one (six processes of one build: median passes 11.0–18.7 MB/s,
 * fastest passes 16.2–18.7).
 */
import { benchAds, loadEngine, passMs, scored } from './engine-ads';

const { ads, MB } = benchAds();
const engine = await loadEngine(process.argv[2]!);
const pass = () => passMs(engine, ads) / 1000;
for (let w = 0; w < 5; w++) pass();
const s = Array.from({ length: Number(process.env.ROUNDS ?? 5) }, pass).sort((a, b) => a - b);
console.log(JSON.stringify({ MBs: MB / s[0]!, sink: scored() }));
