// @vitest-environment node
// Round 45 of issue 12: agency spam from issue threads, measured blind first. Every sentence is
// written for this test, not copied from any ad; each positive failed before this round
// (3b7eb17). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe("'college call girls' sells youth like 'college girls'", () => {
  it('in an escort ad', () => {
    expect(cats(scan('Escorts Pune: college call girls at your hotel, call now'))).toContain(
      'youth',
    );
  });

  it('a college job ad stays clean', () => {
    expect(
      cats(scan('Job: call centre agents, college students welcome, apply now')),
    ).not.toContain('youth');
  });
});

describe("'24 hours open' is round-the-clock like 'open 24 hours'", () => {
  it('in an escort ad', () => {
    expect(cats(scan('Call girls, incall with room, timings 24 hours open'))).toContain(
      'restricted',
    );
  });

  it('a petrol station is no sex ad', () => {
    expect(cats(scan('Shop and petrol station, 24 hours open, coffee and snacks'))).not.toContain(
      'restricted',
    );
  });
});
