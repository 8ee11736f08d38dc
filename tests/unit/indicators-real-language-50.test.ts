// @vitest-environment node
// Round 50 of issue 12: classes of real-ad language found in the round 49–50 ads, read after
// their blind runs. Every sentence is written for this test, not copied from any ad; each
// positive failed before this round (790be05). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('a refusal lists services with commas ("no greek, cim, cof")', () => {
  it.each([
    'Escort incall gfe. No greek, cim, cof. Text me',
    'Escort incall gfe. no anal, bbbj, cim please',
    'Escort incall gfe. NO GREEK, BBFS. Respectful gents',
    'Escort incall gfe. No kissing, cim',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('risky-services');
  });

  it.each([
    'Escort incall gfe. No drama, bbbj and cim available',
    'Escort incall gfe. No blocked calls, bbbj',
    'Escort incall gfe. No rush, bbfs',
    'Escort incall gfe. No greek. Cim and bbbj yes',
  ])('keeps the service after "%s"', (text) => {
    expect(cats(scan(text))).toContain('risky-services');
  });
});
