// @vitest-environment node
// Round 44 of issue 12: Indian agencies' spam, a tantric masseuse's page and personal ads,
// measured blind first. Every sentence is written for this test, not copied from any ad; each
// positive failed before this round (9ca8f3a). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe("the client's draping is no unprotected sex", () => {
  it.each([
    'Tantric massage: you may lie naked and undraped / uncovered if you wish',
    'Sensual massage, nude and uncovered unless you ask for a towel',
    'Sensual massage: covered or uncovered, as you prefer',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('risky-services');
  });

  it('an escort offering it uncovered still is', () => {
    expect(cats(scan('Escort, incall only, uncovered oral available'))).toContain('risky-services');
  });
});

describe('a client new to an idea is no woman new in town', () => {
  it.each([
    'Body to body massage Delhi. Some clients are new to the idea, so call us first',
    'Erotic massage. Many men are new to the concept, so relax and ask',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('movement');
  });

  it('she still can be new to the city', () => {
    expect(cats(scan('Sexy escort, new to the city, call me'))).toContain('movement');
  });
});

describe("an agency's 'genuine' and 'verified' women insist they are real", () => {
  it.each([
    'Call girls Goa: genuine call girls at your hotel, no frauds, cash payment',
    'Escort agency: genuine escorts for your hotel, call us',
    'Our escort agency has verified staff, book tonight',
    'Escort agency: all photos on our site show the real girls who work with us',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('trust-language');
  });

  it('her genuine smile is no such claim', () => {
    expect(cats(scan('Escort, incall. A genuine smile and a warm heart, call me'))).not.toContain(
      'trust-language',
    );
  });
});

describe('a nationality naming a place, a history or a film is no ethnicity', () => {
  it.each([
    'Dating: kind man, romantic dinners, best in those Welsh villages by the sea',
    'Dating: long walks, I care about Armenian history and romance',
    'Dating: romantic man who loves Italian films and wine',
    'Call girls Jaipur, a city in the western Indian state of Rajasthan, call now',
    'Dating: I respect Norwegian law and love long walks',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('ethnicity');
  });

  it('the worker keeps hers', () => {
    expect(cats(scan('Sexy Italian escort, incall, history buff'))).toContain('ethnicity');
  });
});
