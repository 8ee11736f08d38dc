/**
 * Two engines in one process (bench:engine --ab): loads indicators/ from the folders in argv[2]
 * (this build) and argv[3] (the reference), warms both, then times their passes interleaved,
 * A B B A, and prints the median and quartiles of the throughput ratios. A neighbour's load
 * that comes and goes over seconds hits both builds of a round alike, where separate processes
 * each meet a different moment of it.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Engine } from '../../indicators';
import { benchAds } from './engine-ads';

const { ads } = benchAds();
const load = async (dir: string) =>
  (
    (await import(pathToFileURL(join(dir, 'indicators/index.ts')).href)) as {
      createEngine(): Engine;
    }
  ).createEngine();
const [self, base] = [await load(process.argv[2]!), await load(process.argv[3]!)];
let sink = 0;
const pass = (engine: Engine) => {
  const t0 = performance.now();
  for (const a of ads) sink += engine.scan({ text: a }).score;
  return performance.now() - t0;
};
for (let w = 0; w < 5; w++) {
  pass(self);
  pass(base);
}
const ratios: number[] = [];
for (let r = 0; r < Number(process.env.ROUNDS_AB ?? 20); r++) {
  const b1 = pass(base);
  const a1 = pass(self);
  const a2 = pass(self);
  const b2 = pass(base);
  ratios.push((b1 + b2) / (a1 + a2));
}
ratios.sort((a, b) => a - b);
const at = (q: number) => ratios[Math.floor((ratios.length - 1) * q)]!;
console.log(JSON.stringify({ median: at(0.5), q1: at(0.25), q3: at(0.75), sink: sink > 0 }));
