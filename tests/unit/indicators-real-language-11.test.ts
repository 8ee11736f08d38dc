// @vitest-environment node
// Round 23 of issue 12: 285 real ads (Florida and Houston escort and body-rub posts, a student
// group's sale and job posts, Scandinavian and au pair job pages), measured blind, then read.
// Every sentence is written for this test, not copied from any ad; each positive one failed
// before this round. Every class keeps near-misses that must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('a pictograph in place of a space separates words', () => {
  it.each([
    ['Sexy escort, NEW💋IN💋TOWN, call me', 'movement'],
    ['Escort menu: ✔Doggy ✔Swallow With💋And Without❤️Condom✔', 'risky-services'],
    ['Sexy escort, incall, no💋black💋men', 'restricted'],
    ['Sexy escort, incall, no★black★men', 'restricted'],
  ])('%s', (text, cat) => {
    expect(cats(scan(text))).toContain(cat);
  });

  it.each([
    ['Sunny☀️day sale: bike, helmet and lock', []],
    ['Family room for rent, R&B music studio next door', []],
  ])('an ordinary ad stays as it is: %s', (text, want) => {
    expect(cats(scan(text))).toEqual(want);
  });

  it('a spaced cherry still reads as youth beside a youth cue in an escort ad', () => {
    const r = scan('Sexy escort, incall, young and sweet 🍒 waiting');
    expect(r.indicators.filter((f) => f.category === 'youth').map((f) => f.match)).toContain('🍒');
  });
});

describe('a zero at the end of a word is the letter o', () => {
  it.each([
    ['Sexy blonde escort, N0 AA, incall', 'restricted'],
    ['Sexy escort, n0 law enforcement please', 'trust-language'],
  ])('%s', (text, cat) => {
    expect(cats(scan(text))).toContain(cat);
  });

  it('paper sizes and model numbers stay numbers', () => {
    expect(cats(scan('Posters in A0 and B0 for sale, model X0, room 10'))).toEqual([]);
  });
});

describe('housing tied to the job, in other words', () => {
  it.each([
    'Seasonal waiter wanted at our mountain lodge. They offer housing near the hotel.',
    'Au pair job: childcare and light housework in exchange for accommodation, food and pocket money.',
    'Au pair job: the au pair gets accommodation and meals in the family home.',
    'Sesongjobb på hotell. De tilbyr bolig i nærheten.',
    'Sesongjobb på hotell, arbeidsgiver tilbyr hybel.',
    'Säsongsjobb på hotell, arbetsgivaren erbjuder bostad.',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('labour');
  });

  it('a hotel job in the accommodation trade is no housing', () => {
    expect(cats(scan('Job: accommodation manager for our hotel chain, full-time.'))).toEqual([]);
  });
});

describe('an au pair programme is no youth cue', () => {
  it('host-family pages describe the programme', () => {
    const text =
      'Au pair job in Sweden. Become a host family: these young women provide child care in exchange for room, board and a weekly stipend.';
    expect(cats(scan(text))).not.toContain('youth');
  });

  it('young women wanted for hostess work abroad stays youth', () => {
    expect(cats(scan('Job: young women wanted as hostesses abroad, housing provided.'))).toContain(
      'youth',
    );
  });
});

describe('her words and her rules', () => {
  it.each([
    ['Sexy escort. NO THUGS/RECRUITERS/LAW AFFILIATES', 'trust-language'],
    ['Nuru massage by Anna. Do not call, calls will not be answered. Text me.', 'restricted'],
  ])('%s', (text, cat) => {
    expect(cats(scan(text))).toContain(cat);
  });

  it.each([
    ["Hire me to paint your face! You'll look like me in the photo below.", 'trust-language'],
    ['Sexy escort, GFE, Greek virgin, incall', 'youth'],
  ])('not this: %s', (text, cat) => {
    expect(cats(scan(text))).not.toContain(cat);
  });

  it('a massage house that calls itself an agency is flagged', () => {
    expect(flagged(scan('Sensual massage spa. We are an agency and serve many cities.'))).toBe(
      true,
    );
  });

  it.each([
    ['Sexy escort, shy virgin, incall', 'youth'],
    ['Sexy blonde escort, thats me in the pic, call me', 'trust-language'],
    ['Sexy escort, tired of fake ads? Call me', 'trust-language'],
  ])('the cue itself stays: %s', (text, cat) => {
    expect(cats(scan(text))).toContain(cat);
  });
});

describe('escort and body-rub posts, second half', () => {
  it.each([
    ['Sexy blonde escort, incall only, call me', 'restricted'],
    ['Sexy escort i Oslo, kun incall', 'restricted'],
    ['Sexy escort, ALWAYS AVAILIBLE, call me', 'restricted'],
    ['Sexy escort. If you are affiliated with the law, do not call', 'trust-language'],
  ])('%s', (text, cat) => {
    expect(cats(scan(text))).toContain(cat);
  });

  it.each([
    'Massage spa: new beautiful Asian girls, call now',
    'Massage spa, 4 girls special, call now',
  ])('several women on one spa ad are a third party: %s', (text) => {
    expect(cats(scan(text))).toContain('third-party');
    expect(flagged(scan(text))).toBe(true);
  });

  it('"incall only" is light: alone it is no flag', () => {
    expect(flagged(scan('Sexy blonde escort, incall only, call me'))).toBe(false);
  });

  it('shiatsu, deep tissue and four hands make a body-rub post a massage ad', () => {
    const r = scan('Sexy hot Asian girls! Shiatsu, deep tissue, 4 hands. Call now!');
    expect(r.context).toBe('massage');
  });

  it.each([
    ['Sexy escort, outcall only, call me', 'restricted'],
    ['Sexy escort, clients see me again within 24 hr, call me', 'restricted'],
    ['Sexy escort, hygiene always so fresh and so clean', 'youth'],
    ['Sexy escort. Do not call me nor text if you waste my time', 'restricted'],
  ])('not this: %s', (text, cat) => {
    expect(cats(scan(text))).not.toContain(cat);
  });
});

describe('fancy letters and digits', () => {
  it.each([
    ['Sexy escort, αvαiℓabℓε ➋➍/➆', 'restricted'],
    ['Sexy escort, available ②④/⑦', 'restricted'],
    ['Sexy escort, Iм αℓℓ яεαℓ αηd ιηdεpεηdεηт', 'trust-language'],
  ])('%s', (text, cat) => {
    expect(cats(scan(text))).toContain(cat);
  });

  it('a circled number in an ordinary ad stays a number', () => {
    expect(cats(scan('Bike for sale, ➋ wheels, ① owner, call now'))).toEqual([]);
  });
});

describe('Houston posts, third part', () => {
  it.each([
    ['Sexy escort, 50+ African American gentlemen only', 'restricted'],
    ['TS escort. And yes, these are really my photos!!!', 'trust-language'],
    ["Sexy escort. Don't be fooled by fakes who waste your time", 'trust-language'],
  ])('%s', (text, cat) => {
    expect(cats(scan(text))).toContain(cat);
  });
});

describe('Houston and Florida posts, fourth part', () => {
  it.each([
    ['Sexy escort, NO LAW NO DRAMA, call me', 'trust-language'],
    ['Sexy escort, no outcalls only incalls, call me', 'restricted'],
    ['Sexy escort, screening required, AA gents must be 35+', 'restricted'],
    ['Grand opening spa! International staffs: Nana, Jennifer, Joy. Open 7 days', 'third-party'],
  ])('%s', (text, cat) => {
    expect(cats(scan(text))).toContain(cat);
  });

  it.each([
    ['Sexy escort, open for just about anything except for bareback', 'risky-services'],
    ['Sexy escort, 1000% real, first timers welcomed, call me', 'recruitment'],
    ['Asian massage spa, relaxing rooms, no outcall, call now', 'restricted'],
  ])('not this: %s', (text, cat) => {
    expect(cats(scan(text))).not.toContain(cat);
  });

  it("a hookup site's landing page is a dating ad", () => {
    const r = scan('Join free for lifetime membership! Unlimited local hookups, view member pics.');
    expect(r.context).toBe('dating');
  });

  it('a strip club job still welcomes first timers as recruitment', () => {
    expect(cats(scan('Job: dancers wanted, first timers welcome, high pay'))).toContain(
      'recruitment',
    );
  });
});
