// @vitest-environment node
// Round 111 of issue 12: a saved body-rub listing page, personals and missed connections, spam
// posts in GitHub issues, agency pages, massage pages, Swedish job ads and small ads, read after
// their blind run. Every sentence is written for this test, not copied from any ad; each
// positive failed before this round (54b7390).
import { describe, expect, it } from 'vitest';
import { cats, matches, scan } from '../support/engine-scan';

describe('the ad words of round 111', () => {
  it('"24/7 100% genuine" keeps its round-the-clock: a percentage is no price', () => {
    const r = scan('Escort service Shimla, 24/7 100% genuine call girls in Shimla');
    expect(cats(r)).toContain('restricted');
  });

  it('the 7 of "24/7" counts no women', () => {
    const r = scan('Call girls Shimla: 24/7 genuine call girls, cash payment');
    expect(matches(r, 'third-party')).not.toContain('7 genuine call girls');
  });

  it('an escort house that says "come see us" speaks for several women', () => {
    expect(cats(scan('Hot sexy Latinas, big smiles, come see us tonight. Escort'))).toContain(
      'third-party',
    );
  });

  it('round the clock in other words: accessible 24 hours, a 24 hour escort agency, full-time', () => {
    for (const t of [
      'High class escort in Shimla, accessible 24 hours for hotels',
      'We are pretty much a 24 hour escort agency in Istanbul',
      'I am an independent escort, available full-time for you',
    ])
      expect(cats(scan(t))).toContain('restricted');
  });

  it('a dating site with too many girls and a client who may feel inexperienced are no cues', () => {
    expect(
      cats(scan('Dating site: too many girls and no men here, help us! Sexy chat')),
    ).not.toContain('third-party');
    const t = 'Tantric massage teaching: you will not feel inexperienced in your next relationship';
    expect(cats(scan(t))).not.toContain('youth');
  });
});
