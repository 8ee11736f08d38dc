// @vitest-environment node
// Round 136 of issue 12: Kenyan and London escort profiles, escort ads of a domain summariser's
// test data, Nordic job and volunteer posts, roommate and personal ads, read after their blind
// run. Every sentence is written for this test, not copied from any ad; each positive failed
// before this round (fb950fb).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 136', () => {
  it('a profile\'s "working time: nonstop" is round the clock', () => {
    expect(cats(scan('Escort Lina, incall and outcall. Working time: nonstop'))).toContain(
      'restricted',
    );
  });

  it('a client age glued to "age" ("no under age30") and "no Chinese men" are client rules', () => {
    expect(cats(scan('Escort, incall downtown. No under age30 please'))).toContain('restricted');
    expect(cats(scan('Escort, incall downtown. Sorry, no Chinese men'))).toContain('restricted');
  });

  it('"real meet" and "just like her photos" insist on being real', () => {
    expect(cats(scan('Escort service: real meet with call girls, cash only'))).toContain(
      'trust-language',
    );
    expect(cats(scan('Escort Ana is tall and slim, just like her photos'))).toContain(
      'trust-language',
    );
  });

  it('an agency\'s "newest girls" are its women, and escort applications recruit', () => {
    expect(cats(scan('Escorts: meet the newest girls in town tonight'))).toContain('third-party');
    expect(cats(scan('Escort applications open: send two photos and your age'))).toContain(
      'recruitment',
    );
  });

  it('a volunteer host who will "provide you with accommodation" is employer housing', () => {
    expect(
      cats(scan('Job: garden helper for the summer; we provide you with accommodation')),
    ).toContain('labour');
  });

  it('travel costs "deducted in the tax" return are no debt deduction', () => {
    const t =
      'Job: seasonal pickers wanted for the summer. You pay your own travel; the costs can be deducted in the tax return.';
    expect(cats(scan(t))).not.toContain('labour');
  });
});
