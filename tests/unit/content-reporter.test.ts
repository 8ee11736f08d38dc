/**
 * Issue 19.14: the tab's totals go to the background every 150 ms on a normal page, less often
 * on a huge one (each report carries every ad's contacts). Fake timers: no real timing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Reporter } from '../../content/reporter';
import type { TabReport } from '../../messaging/protocol';

const totals = (scanned: number): TabReport => ({
  scanned,
  byLevel: { none: scanned, low: 0, medium: 0, high: 0 },
  categories: {},
  contacts: {},
});

/** Times (fake ms) at which reports went out while the page keeps poking every 10 ms. */
async function sends(scanned: number, forMs: number): Promise<number[]> {
  const at: number[] = [];
  const t0 = performance.now();
  const r = new Reporter(
    () => (at.push(Math.round(performance.now() - t0)), Promise.resolve(undefined)),
    () => totals(scanned),
    () => undefined,
  );
  for (let t = 0; t < forMs; t += 10) {
    r.poke();
    await vi.advanceTimersByTimeAsync(10);
  }
  r.cancel();
  return at;
}

describe('Reporter', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('reports every 150 ms on a page of 1,000 ads', async () => {
    const at = await sends(1000, 1000);
    expect(at.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeLessThanOrEqual(160);
  });

  it('reports once a second at 50,000 ads, and at most every 2 s however big the page', async () => {
    const at = await sends(50_000, 3000);
    expect(at.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(1000);
    const huge = await sends(1_000_000, 5000);
    for (let i = 1; i < huge.length; i++) expect(huge[i]! - huge[i - 1]!).toBeLessThanOrEqual(2010);
    expect(huge.length).toBeGreaterThanOrEqual(3);
  });
});
