import { describe, expect, it } from 'vitest';
import { FairTurns } from '../../background/scan-turns';

/** Work that keeps the thread busy `ms` milliseconds, like one huge ad in the engine. */
const busy = (ms: number) => (x: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
  return x * 2;
};

describe('FairTurns (issue 19, item 6)', () => {
  it("serves a tab that comes late within a turn or two of a busy tab's work", async () => {
    const turns = new FairTurns(10);
    const order: string[] = [];
    const heavy = turns
      .run(1, [...Array(40).keys()], busy(5))
      .then((r) => (order.push('heavy'), r));
    // The second tab's batch arrives after the heavy one is queued and has started.
    await new Promise((r) => setTimeout(r, 0));
    const startTurns = turns.turns;
    const light = await turns.run(2, [1, 2, 3], busy(0));
    order.push('light');
    expect(light).toEqual([2, 4, 6]);
    expect(turns.turns - startTurns).toBeLessThanOrEqual(2);
    expect(turns.pending).toBeGreaterThan(0);
    expect(await heavy).toEqual([...Array(40).keys()].map((x) => x * 2));
    expect(order).toEqual(['light', 'heavy']);
  });

  it('bounds each turn: one text at least, then yields when the time is up', async () => {
    const turns = new FairTurns(10);
    await turns.run('a', [...Array(20).keys()], busy(4));
    // 80 ms of work in turns of ≤ 10 ms (+ one text): at least 6 turns.
    expect(turns.turns).toBeGreaterThanOrEqual(6);
  });

  it('a throwing item rejects its batch only; a dropped tab rejects what it had waiting', async () => {
    const turns = new FairTurns(10);
    const bad = turns.run(1, [1, 2], (x) => {
      if (x === 2) throw new Error('boom');
      return x;
    });
    const good = turns.run(1, [3], (x) => x);
    await expect(bad).rejects.toThrow('boom');
    await expect(good).resolves.toEqual([3]);
    const gone = turns.run(5, [1], (x) => x);
    turns.drop(5);
    await expect(gone).rejects.toThrow('gone');
    expect(turns.pending).toBe(0);
  });
});
