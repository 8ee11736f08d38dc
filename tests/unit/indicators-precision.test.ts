// @vitest-environment node
// Precision classes of issue 12 (detect15): words a careful reader does not take as the cue they
// look like. The sentences are written for this test from each class, not copied from any ad;
// each failed before this round. Every class also keeps a near-miss that must still be caught, so
// a fix cannot simply drop the cue.
import { describe, expect, it } from 'vitest';
import { evaluate, type LabelledAd } from '../../cli/evaluate';
import { cats, flagged, scan } from '../support/engine-scan';

describe('"escort girls" is a genre, not several women', () => {
  it.each([
    'Natalia, 24, blue eyes, incall and outcall. Elite escort girls of Riga.',
    'Mira, 26, slim, outcall only. VIP girls escorts in Warsaw.',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('third-party');
  });

  it.each([
    'Escort agency: our girls are waiting, incall and outcall.',
    'Sexy call girls services, outcall to your hotel, 6 girls available.',
  ])('an agency is still third party: %s', (text) => {
    expect(cats(scan(text))).toContain('third-party');
  });
});

describe('"verified" insists only when it speaks of the poster', () => {
  it.each([
    'Upscale agency now hiring. Our clients are screened, verified and generous. Incall provided.',
    'Deep tissue and sports massage, mobile therapist. Verified. 60 minutes $100.',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('trust-language');
  });

  it.each([
    'Sexy escort, incall and outcall. Photos verified, call me.',
    'Busty blonde escort, incall. Verified pictures on my profile.',
  ])('the poster insisting is still trust language: %s', (text) => {
    expect(cats(scan(text))).toContain('trust-language');
  });
});

describe("spa-menu words on an escort's service menu are the escort's service", () => {
  it.each([
    'Luna, 27, outcall in London. Services: GFE, DFK, roleplay, striptease. Extras: tantric massage.',
    'Escort Mia, incall and outcall. Menu: GFE, lapdance, shower together, dirty talk.',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('massage-sex');
  });

  it.each([
    'Oriental spa, massage menu: table shower, tantric massage, body scrub. Walk-ins welcome.',
    'Relaxing massage studio. Tantra and lingam massage for men, 60 minutes.',
  ])('a salon selling them is still massage-sex: %s', (text) => {
    expect(cats(scan(text))).toContain('massage-sex');
  });
});

describe('"youthful" and "college sweetheart" sell youth in a sexual ad', () => {
  it.each([
    'Meet Sofia, 22, a stunning Brazilian model with youthful charm. Outcall in London.',
    'Escort, incall only ** True college sweetheart ** Korean Amy ** call now',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('youth');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    'Day spa: relaxing massage and facials for youthful skin and a youthful glow.',
    'Massage clinic on College Street, sweet almond oil, deep tissue.',
  ])('a spa keeps its skin care: %s', (text) => {
    expect(cats(scan(text))).not.toContain('youth');
  });
});

describe('erotic massage and moving around: two categories, as the flag rule of DESIGN.md reads', () => {
  // detect15 made movement no second category here on one tune ad labelled "arguable"; the lead
  // kept DESIGN.md's rule (rotation between cities is the pattern the police texts describe).
  it('a visiting masseuse offering sensual massage is flagged for a closer look', () => {
    const r = scan(
      'Sensual massage with mutual touch and bodyslide. Visiting your city this week only.',
    );
    expect(cats(r)).toEqual(['massage-sex', 'movement']);
    expect(flagged(r)).toBe(true);
  });

  it('a therapeutic massage that travels stays unflagged', () => {
    expect(
      flagged(scan('Deep tissue and sports massage. Visiting your city this week only.')),
    ).toBe(false);
  });
});

describe('npm run eval: precision over categories that carry points', () => {
  it('leaves out categories that rest only on zero-weight words, and says how many', () => {
    const texts = [
      'Sexy escort, discreet incall. Call me.',
      'Sexy escort, 100% real pics, discreet. Call me.',
    ];
    const ads: LabelledAd[] = texts.map((text, i) => ({
      id: `p${i}`,
      text,
      expect: [],
      allow: i === 1 ? ['trust-language'] : [],
      flag: false,
    }));
    const m = evaluate(
      ads,
      texts.map((text) => scan(text)),
    );
    expect(m.precision).toBe(0.5);
    expect(m.zeroOnly).toBe(1);
    expect(m.weightedPrecision).toBe(1);
  });
});

// detect16: three classes detect15 left alone (POLICY-LOG.md, "detect16").
describe('a nationality word that names a place or a technique is not her', () => {
  it.each([
    'Licensed massage therapist, trained and certified in Thailand. Deep tissue, 60 minutes $90.',
    'Reiki is a Japanese technique for relaxation. Massage studio, 60 minutes $80.',
    'Escort agency, incall and outcall. Our office is located in Moscow and St. Petersburg, Russia.',
    'Massage therapist with a background in traditional Chinese medicine and acupressure.',
    'Massasje i Oslo. Massør utdannet i Thailand, 60 minutter 700 kr.',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('ethnicity');
  });

  it.each([
    'Sweet Japanese girl, incall massage, 60 minutes.',
    'Hi, I am from Thailand, sexy escort, incall and outcall.',
    'Sexy escort born in Russia, incall only.',
    'Asian massage, table shower, friendly staff.',
    'Escort girls from Moscow, Russia, incall and outcall.',
  ])('her heritage is still ethnicity: %s', (text) => {
    expect(cats(scan(text))).toContain('ethnicity');
  });
});

describe('a time limit on a service offer is no stay', () => {
  it.each([
    'Sexy Honey, non-rushed. Half hour 120, hour 200. INCALLS ONLY TONIGHT, call me.',
    'Busty escort, incall special only tonight! Call me.',
    'Sexy escort, incall rates tonight only, text me.',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('movement');
  });

  it.each([
    'Sexy escort, outcalls tonight only in Reno, call me.',
    'Sexy escort, tonight only in Boston, incall and outcall.',
    'Sexy escort, last night in town, incalls only.',
    'Sexy escort, incall. Here this weekend only.',
  ])('a stay is still movement: %s', (text) => {
    expect(cats(scan(text))).toContain('movement');
  });
});

describe('her own work does not make an escort ad a job ad', () => {
  it.each([
    'New escort on the scene, 25, available for whatever you desire. I work full time but at night I am all yours.',
    'Escort Dasha, 21. I love my job and I work from 10 in the morning till late. Call me.',
    'Escort Lena, 23, outcall. My day job is in an office, so evenings only.',
    'Eskorte Lena, 23. Jeg elsker min jobb, jeg jobber heltid med kunder. Ring meg.',
    'Escort Lena, 23. Jag älskar mitt jobb och jag jobbar heltid. Ring mig.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(r.context).toBe('escort');
    expect(cats(r)).not.toContain('recruitment');
  });

  it.each([
    'Full time job as escort, apply now, salary weekly.',
    'Part time job: escort for our agency. Our job is to find you clients. Apply now.',
  ])('a job offer for escorts is still recruitment: %s', (text) => {
    expect(cats(scan(text))).toContain('recruitment');
  });
});

// Fresh real ads (detect17, issue 12): classes of the x17 tune set, written as new sentences.
describe('a manager who arranges her meetings is a third party', () => {
  it.each([
    'Elite escort Vera, 23, model looks. To book a date with me, contact the manager, he will set it up.',
    'I am sweet and educated, an escort for dinners and nights in your hotel. The manager will arrange our time.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('third-party');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    'Thai massage salon, 60 minutes 700 kr. Gift cards: contact the manager at the front desk.',
    'Warehouse assistant wanted, full time. The manager will train you on the first day. Apply now.',
    'Independent escort Lisa, 30, incall. I book my own dates, call me.',
  ])('a salon, an employer or an independent has none: %s', (text) => {
    expect(cats(scan(text))).not.toContain('third-party');
  });
});

describe('a country named with a nationality word is a place', () => {
  it.each([
    'Luxury escort agency, incall at our hotel suite. Address: Sheikh Zayed Road, Dubai, United Arab Emirates.',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('ethnicity');
  });

  it.each(['Sexy Arab girl, escort, incall in Dubai.'])(
    'her heritage is still ethnicity: %s',
    (text) => {
      expect(cats(scan(text))).toContain('ethnicity');
    },
  );
});

describe('an exaggerated percentage still insists the photos are real', () => {
  it.each([
    'Sexy blonde escort, incall. My pics are 100000% real, call me.',
    'Busty escort, outcall, 10000% REAL!! Call me.',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('trust-language');
  });

  it.each(['Leather sofa for sale, 10000% real leather, pick up only.'])(
    'outside a sexual ad it is not: %s',
    (text) => {
      expect(cats(scan(text))).not.toContain('trust-language');
    },
  );
});

describe('"get the job done" does not make an escort ad a job ad', () => {
  it.each([
    'Escort Kim, busty, incall. No fake size claims, small or big, I get the job done.',
    'Sexy escort, outcall. Trust me to get the job done, call me.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(r.context).toBe('escort');
    expect(cats(r)).not.toContain('recruitment');
  });

  it.each(['Escort job for girls, apply now, salary weekly. You get the job today.'])(
    'a job offer for escorts is still recruitment: %s',
    (text) => {
      expect(cats(scan(text))).toContain('recruitment');
    },
  );
});
