import { describe, expect, it } from 'vitest';
import { nextCommitSize, sliceMs } from '../../content/controller';

describe('badge commit sizes (issue 19.14)', () => {
  it('grows while a batch’s frame stays cheap', () => {
    expect(nextCommitSize(null, { n: 400, ms: 20 }, 400)).toBe(800);
  });

  it('grows when the frame costs the same whatever the batch (a fixed whole-page part)', () => {
    // 200 and 400 badges both cost a 1 s frame: more per commit means fewer such frames.
    expect(nextCommitSize({ n: 200, ms: 1000 }, { n: 400, ms: 1010 }, 400)).toBe(800);
  });

  it('shrinks toward the frame budget when each badge costs', () => {
    // 1 ms a badge, nothing fixed: 50 ms hold 50 badges (halving at most each step).
    expect(nextCommitSize({ n: 200, ms: 200 }, { n: 400, ms: 400 }, 400)).toBe(200);
    expect(nextCommitSize({ n: 100, ms: 100 }, { n: 50, ms: 50 }, 50)).toBe(50);
  });

  it('halves after one slow first frame, and stays within its bounds', () => {
    expect(nextCommitSize(null, { n: 400, ms: 900 }, 400)).toBe(200);
    expect(nextCommitSize(null, { n: 50, ms: 900 }, 50)).toBe(50);
    expect(nextCommitSize(null, { n: 4000, ms: 10 }, 4000)).toBe(4000);
  });
});

describe('slice budget (issue 19.14, seventh round)', () => {
  it('is 30 ms below the write-tick size and 20 ms from it on', () => {
    expect(sliceMs(1000)).toBe(30);
    expect(sliceMs(1999)).toBe(30);
    expect(sliceMs(2000)).toBe(20);
    expect(sliceMs(50_000)).toBe(20);
    expect(sliceMs(40, 0)).toBe(20);
  });
});
