// @vitest-environment node
// Round 125 of issue 12: ads quoted in news articles, a Memex name extractor's annotated ads,
// exploitative job ads quoted in the press, read after their blind run. Every sentence is written
// for this test, not copied from any ad; each positive failed before this round (5c21a84).
import { describe, expect, it } from 'vitest';
import { scan } from '../support/engine-scan';

describe('the ad words of round 125', () => {
  it('"newbie" is light youth: beside a nationality or erotic massage alone it is no flag', () => {
    for (const t of [
      'Sexy Lexi, newbie, Cuban and Italian, incall',
      'Newbie offering sensual massage, incall',
    ])
      expect(['none', 'low']).toContain(scan(t).level);
  });

  it('"newbie" still counts beside "young"', () => {
    expect(scan('Young newbie, incall, call me').level).not.toBe('low');
  });
});
