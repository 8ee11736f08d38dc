// @vitest-environment node
// Round 27 of issue 12: 40 more Houston posts (h27) and 36 job pages (j27), measured blind, then
// read, with every earlier set. Every sentence is written for this test, not copied from any ad;
// each positive one failed before this round. Every class keeps near-misses that must stay as
// they are.
import { describe, expect, it } from 'vitest';
import { cats, engine, flagged, scan } from '../support/engine-scan';

const scanIn = (text: string, lang: string) => engine.scan({ text, lang });

describe('"incall only" is a clear restriction: with a second category the ad is medium', () => {
  it.each([
    'Sexy escort, 100% real pics, incall only',
    'Sweet escort, Latina, in calls only, call me',
    'Sexy escort, legit and real, no outcalls',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('restricted');
    expect(flagged(scan(text))).toBe(true);
  });

  it('alone it stays low, and "outcall only" is nothing', () => {
    expect(scan('Sexy escort, incall only, call me').level).toBe('low');
    expect(cats(scan('Sexy escort, outcall only, 100% real pics'))).not.toContain('restricted');
  });
});

describe("a poster's age is a light youth cue (the youth emoji only back up a youth cue: round 33)", () => {
  it('reported, but beside weak categories the ad stays low', () => {
    const r = scan('Sexy escort back in town, discreet - 19');
    expect(cats(r)).toContain('youth');
    expect(flagged(r)).toBe(false);
  });

  it('with a clear second category the ad is medium', () => {
    expect(flagged(scan('Sexy escort, text only, young and sweet 🍒 waiting'))).toBe(true);
    expect(flagged(scan('Escort, young and sweet, call me'))).toBe(true);
  });
});

describe('weak categories alone stay low, however many cues', () => {
  it.each([
    'Sexy Latina escort, new in town, 100% real pics, no scam, not fake, legit',
    'Ebony, Latina and Asian members just arrived, for a limited time, 100% real profiles, no fakes, legit',
  ])('%s', (text) => {
    expect(flagged(scan(text))).toBe(false);
  });
});

describe('"party favors" is a light risky-services cue', () => {
  it('reported, but with trust language alone the ad stays low', () => {
    const r = scan('Sexy escort, private parties and party favors, no law, no games');
    expect(cats(r)).toContain('risky-services');
    expect(flagged(r)).toBe(false);
  });

  it('"drugs available" stays strong', () => {
    expect(flagged(scan('Sexy escort, drugs available, call me'))).toBe(true);
  });
});

describe('texting the driver, and girls who just arrived together, are third party', () => {
  it.each([
    ['Sweet girl in town tonight, text the driver for the address', 'en'],
    ['Hot escort, ask the driver for the address', 'en'],
    ['Body rub spa: pretty ladies just arrived, table shower', 'en'],
    ['Spa: new gorgeous Asian staff daily, table shower', 'en'],
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('third-party');
    expect(flagged(r)).toBe(true);
  });

  it('one woman\'s "Cute Girls New In Town" title stays a light cue (h28-022)', () => {
    expect(flagged(scan('Cute Girls New In Town! Sexy escort, 100% real pics'))).toBe(false);
  });

  it('her own car and one woman who just arrived are no third party', () => {
    expect(cats(scan('Sexy escort, I just arrived, I drive myself, text me'))).not.toContain(
      'third-party',
    );
    expect(cats(scan('Moving company: text the driver when the van arrives'))).toEqual([]);
  });
});

describe('housing tied to the job in job pages is a light labour cue', () => {
  it.each([
    ['Chef wanted, £10 per hour plus accommodation, weekly pay', 'en'],
    ['Dairy farm job, milkers wanted: food, accommodation and flights are provided', 'en'],
    ['Au pair: du får gratis kosthold og overnatting hos familien', 'nb'],
  ])('%s', (text, lang) => {
    const r = scanIn(text, lang);
    expect(cats(r)).toEqual(['labour']);
    expect(flagged(r)).toBe(false);
  });

  it('a hotel that offers accommodation to guests is no labour cue', () => {
    expect(
      cats(scan('Hotel by the fjord: rooms and accommodation for guests, book online')),
    ).toEqual([]);
  });
});

describe('small capitals and Armenian letters read as Latin', () => {
  it.each([
    ['Sexy escort, 💯% ʀᴇᴀʟ, call me', 'trust-language'],
    ['Sexy escort, ɪ ᴀᴍ ʏᴏᴜɴɢ and sweet', 'youth'],
    ['Sexy escort, ռεw ɪռ ᴛօwռ, call me', 'movement'],
  ])('%s', (text, cat) => {
    expect(cats(scan(text))).toContain(cat);
  });

  it('a phonetic spelling in a language lesson stays nothing', () => {
    expect(cats(scan('Spanish lessons: "perro" is said [ˈpɛro], "rojo" [ˈroxo]'))).toEqual([]);
  });
});

describe('more real wording of trust, movement and nationality', () => {
  it.each([
    ['Sexy escort, YES! Videos & Pics Are All Me, call me', 'trust-language'],
    ['Sexy escort Ruby, will Facetime verify', 'trust-language'],
    ["Sexy escort, I'm 💯 Percent Real", 'trust-language'],
    ['Sexy escort, tired of wasting your time with the fakes?', 'trust-language'],
    ['Sexy escort, Chinese girl. New Arrived!!!', 'movement'],
    ['Sexy escort, here in your town for a few nights only', 'movement'],
    ['Sexy escort, this sexy puertorican is waiting', 'ethnicity'],
    ['Sexy escort, im a bahamian beauty', 'ethnicity'],
    ['Sexy escort, exotic and sweet, call me', 'ethnicity'],
  ])('%s', (text, cat) => {
    expect(cats(scan(text))).toContain(cat);
  });

  it('"exotic dancer", an "exotic massage" and a car sale stay as they are', () => {
    expect(cats(scan('Sexy escort and exotic dancer, call me'))).toEqual([]);
    expect(cats(scan('Massage spa: exotic massage, relaxation, call now'))).toEqual([]);
    expect(cats(scan('Car for sale, Facetime me for a video of the engine'))).toEqual([]);
  });
});

describe('a spa posted as an escort ad keeps its table shower', () => {
  it('Sexy hot girls 💋 Asian spa, table shower, open late', () => {
    expect(cats(scan('Sexy hot girls 💋 Asian spa, table shower, open late'))).toContain(
      'massage-sex',
    );
  });

  it('"tantric" in an escort ad stays out', () => {
    expect(cats(scan('Sexy escort, tantric lover, call me'))).not.toContain('massage-sex');
  });
});

describe('"discreet" names trust language in an escort ad, with no point', () => {
  it('with a clear restriction the escort ad is medium', () => {
    const r = scan('Sexy escort, discreet, incall only, call me');
    expect(r.score).toBe(2);
    expect(flagged(r)).toBe(true);
  });

  it('alone, beside weak categories, or in a massage ad it changes nothing', () => {
    expect(scan('Sexy escort, discreet, call me').level).toBe('none');
    expect(flagged(scan('Sexy escort, discreet, Latina, call me'))).toBe(false);
    expect(flagged(scan('Massage spa, discreet, incall only, relaxation'))).toBe(false);
  });
});

describe('h28: runs of "!", spa staff, and what stays out', () => {
  it.each([
    ['Sexy escort, AVALIABLE any time!!Guaranteed good time', 'restricted'],
    ['Sexy escort, NO!! BLACK!! MEN!! $50 special', 'restricted'],
    ['Sexy escort, 💯% independent and sweet', 'trust-language'],
    ['Asian spa, ALL NEW HOT ASIANS, open late', 'third-party'],
    ['Body rub spa: our staffs are just arrived from many countries', 'third-party'],
  ])('%s', (text, cat) => {
    expect(cats(scan(text))).toContain(cat);
  });

  it('one "!" between letters is still a leet "i"', () => {
    expect(cats(scan('Sexy escort, y0ung k!nky g!rl, call me'))).toContain('youth');
  });

  it('"whether it\'s day or night" is no restriction, and "exotic" adds no woman to a menu', () => {
    expect(cats(scan("Sexy escort visiting, whether it's day or night I'm the one"))).toEqual([
      'movement',
    ]);
    expect(cats(scan('Sexy escort, exotic Brazilian beauty, Ebony and Latin mix'))).toEqual([
      'ethnicity',
    ]);
  });
});

describe('h29 and j28: pictograph refusals, plural nationalities, live-in jobs', () => {
  it.each([
    ['Sexy escort, verified, ✋❌ AFRICAN AMERICAN, recent pics', 'restricted', 'en'],
    ['Sexy escort, 🚫AA, pimps, thugs🚫', 'restricted', 'en'],
    ['Hot Cubans - 25, call me', 'ethnicity', 'en'],
    ['Sexy escort, Trinadad beauty, call me', 'ethnicity', 'en'],
    ['Live-in carer wanted, £700 per week, apply now', 'labour', 'en'],
    ['Maid agency job: full time Filipino maids for your home, apply', 'ethnicity', 'en'],
  ])('%s', (text, cat, lang) => {
    expect(cats(scanIn(text, lang))).toContain(cat);
  });

  it('standing for long hours is no long working day', () => {
    expect(cats(scan('Cleaner job: able to stand for long hours, $17 per hour'))).toEqual([]);
  });
});

describe('h30 and j29: cam sites, adult-entertainer jobs, spa girls, job-page housing and pay', () => {
  it('a webcam site\'s page is no escort ad, so its "girls" and "24/7" do not count', () => {
    const r = scan(
      'PRIVATE CAM SHOWS - Amateur Nude CAM GIRLS - Live Sex Video Chat 24/7 Online. Our cam girls are live on webcams 24/7',
    );
    expect(flagged(r)).toBe(false);
  });

  it.each([
    [
      'Job: female adult entertainers for private parties, $350 an hour, apply online',
      'recruitment',
    ],
    ['Sexy escort 🆕inTown, call me', 'movement'],
    ['Farm picking job: most farms have on-site accommodation for workers', 'labour'],
    ['Resort kitchen porter job: a live-in opportunity, you will reside on-site', 'labour'],
    ['Model agency job abroad: your apartment rent is deducted from future jobs', 'labour'],
  ])('%s', (text, cat) => {
    expect(cats(scan(text))).toContain(cat);
  });

  it('a spa\'s "NEW NICE GIRLS" is several new women', () => {
    expect(flagged(scan('Body rub spa: NEW NICE GIRLS, deep tissue, walk ins welcome'))).toBe(true);
  });

  it('money kept back later is labour, but not alone a flag; a shop open seven days is no long day', () => {
    expect(flagged(scan('Model agency job: pocket money is deducted from pending payments'))).toBe(
      false,
    );
    expect(cats(scan('Caravan park cleaner job: the park is open seven days a week'))).toEqual([]);
  });
});

describe('d31: an SEO page\'s "call girl service"', () => {
  it('"Call Girl Service" is a light third-party cue: with trust language alone the page stays low', () => {
    const r = scan('High Profile Call Girl Service in Mehdipatnam, 100% real photos, escort');
    expect(cats(r)).toContain('third-party');
    expect(flagged(r)).toBe(false);
  });
});
