/**
 * Two engines in one process (bench:engine --ab): loads indicators/ from the folders in argv[2]
 * (this build) and argv[3] (the reference), warms both, then times their passes interleaved,
 * A B B A, and prints the median and quartiles of the throughput ratios. A neighbour's load
 * that comes and goes over seconds hits both builds of a round alike, where separate processes
 * each meet a different moment of it.
 */
import type { Engine } from '../../indicators';
import { benchAds, loadEngine, passMs, scored } from './engine-ads';

const { ads } = benchAds();
const [self, base] = [await loadEngine(process.argv[2]!), await loadEngine(process.argv[3]!)];
const pass = (engine: Engine) => passMs(engine, ads);
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
console.log(JSON.stringify({ median: at(0.5), q1: at(0.25), q3: at(0.75), sink: scored() }));
