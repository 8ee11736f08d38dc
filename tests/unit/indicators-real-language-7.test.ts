// @vitest-environment node
// Round 20 of issue 12 (detect20): families of the wording this round's tune ads showed, written
// as a real ad-writer varies them. Every sentence is written for this test, not copied from any
// ad; each positive one failed before this round. Every class keeps near-misses that must stay
// unflagged (independents, honest salons and employers).
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('she belongs to an agency: "I joined this agency", "jobber for et byrå"', () => {
  it.each([
    'Escort Priya, 24, outcall to hotels. Since I joined this agency I see gentlemen every night.',
    'Sweet escort in Pune. I am working for this agency and travel to your hotel.',
    'Eskorte i Bergen, diskret. Jeg jobber for et byrå, ring for booking.',
    'Escort i Göteborg. Jag jobbar för en byrå, bokning via sms.',
    'Escort i Aarhus, diskret. Jeg arbejder for et bureau, ring for booking.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('third-party');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    'Independent escort in Leeds, incall. I never worked with an agency and I answer myself.',
    'Travel agency in Oslo: weekend trips to Rome, book online.',
  ])('an independent or a travel agency stays unflagged: %s', (text) => {
    expect(flagged(scan(text))).toBe(false);
  });
});

describe('oral without a condom in Australian wording: "natural bj"', () => {
  it.each([
    'Busty escort in Perth, incall. Natural BJ on request, deep throat.',
    'Escort outcall Brisbane: GFE, natural blowjob, 69, kissing.',
    'Escort incall. Covered bj included, but you miss out if you dont add on a natural bj.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('risky-services');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    'All natural escort, real curves, incall. Covered bj and protected sex only.',
    'Natural hair salon, braids and cuts, walk-ins welcome.',
  ])('natural bodies and hair are no risky service: %s', (text) => {
    expect(cats(scan(text))).not.toContain('risky-services');
  });
});

describe('service around the clock in Indian agency wording: "service for 24 hours"', () => {
  it.each([
    'Escort call girls in Noida, our Riya provides service for 24 hours.',
    'Escort incall and outcall, 24 hours service, cash only.',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('restricted');
  });

  it.each([
    'Pharmacy in Leeds with service for 24 hours on weekdays.',
    'Escort incall. Please give 24 hours notice for overnights.',
  ])('a shop or a notice period is no restriction: %s', (text) => {
    expect(cats(scan(text))).not.toContain('restricted');
  });
});

describe('sex-work job scams: "gigolo jobs", "join our male escorts"', () => {
  it.each([
    'Need money? Gigolo jobs in Mumbai, daily payment, call now.',
    'Playboy jobs for young men, earn 25000 per night.',
    'Join our male escorts and meet rich ladies in Delhi.',
    'Want to become a male escort in Goa? Call now for details.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('recruitment');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    'DVD for sale: American Gigolo (1980), good condition, 5 dollars.',
    'Male model jobs for a clothing catalogue, photo shoot in Oslo, apply online.',
  ])('a film or a catalogue shoot stays unflagged: %s', (text) => {
    expect(flagged(scan(text))).toBe(false);
  });
});

describe('a webcam platform is self-employment; a studio that houses and recruits girls is not', () => {
  it('a platform sign-up page: be your own boss, work from home', () => {
    const r = scan(
      'Become a webcam model. Be your own boss, work from home, set your own hours. Apply now, 18+ with ID.',
    );
    expect(cats(r)).not.toContain('third-party');
    expect(flagged(r)).toBe(false);
  });

  it('a studio recruiting girls with housing and tickets', () => {
    const r = scan(
      'Webcam studio hiring girls, no experience needed. We pay your ticket and provide housing. Apply now.',
    );
    expect(cats(r)).toContain('recruitment');
    expect(flagged(r)).toBe(true);
  });

  it('nb: webkameramodell søkes alone stays low', () => {
    const r = scan('Webkameramodell søkes, jobb hjemmefra, søk nå.');
    expect(cats(r)).toContain('recruitment');
    expect(flagged(r)).toBe(false);
  });
});

describe('precision: oils, areas and printed symbols', () => {
  it('virgin coconut oil in a massage ad is no youth cue', () => {
    const r = scan(
      'Warm massage with virgin organic coconut oil, 60 min $90. Extra virgin olive oil on request.',
    );
    expect(cats(r)).not.toContain('youth');
  });

  it('"let me know which area" is no choice of women; "which girl" still is', () => {
    expect(
      cats(scan('Escort incall. Let me know which area you are in and which days suit.')),
    ).not.toContain('third-party');
    expect(cats(scan('Escort incall. Let me know which girl you want tonight.'))).toContain(
      'third-party',
    );
  });

  it('"©" written for "c" and "℮" for "e" still read as letters', () => {
    expect(cats(scan('Escort incall, no ©ondom, all night.'))).toContain('risky-services');
    expect(cats(scan('Escort incall, bar℮back on request.'))).toContain('risky-services');
  });
});

describe('housing ads are ads for homes, not escort or job ads', () => {
  it.each([
    'Apartments with washer and dryer, 24 hour fitness center. Call now to schedule a tour!',
    'Room to sublet, 450 sq ft, landlord pays water. Roommates are quiet, call now.',
    'Hybel nær sentrum, husleie 6000 og depositum. Utleier bor over. Ring meg!',
    'Andrahand, hyresvärd godkänner, deposition en månad. Ring mig!',
    'Husleje 5000, depositum tre måneder, udlejer bor ovenpå. Ring til mig!',
  ])('%s', (text) => {
    expect(scan(text).context).toBe('other');
  });
});

describe('spa rotation in spa spelling: "new gril", "all new Asian ladies"', () => {
  it.each([
    'Body work spa, NEW GRIL today, $60/60min, open late.',
    'ALL NEW ASIAN LADIES at our spa, table shower, walk-ins welcome.',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('third-party');
  });

  it('a spa with new towels and new oils has no new women', () => {
    expect(
      cats(scan('Day spa with all new towels and new oils, licensed therapists.')),
    ).not.toContain('third-party');
  });
});

describe('a spa recruiting women for fast money: "looking for attractive", "a lot of money"', () => {
  it('recruitment, and the money made "in a short period of time" is no stay', () => {
    const r = scan(
      'Amazing opportunity to make a lot of money in a short period of time! Looking for attractive female bodyrub artists.',
    );
    expect(cats(r)).toContain('recruitment');
    expect(cats(r)).not.toContain('movement');
    expect(flagged(r)).toBe(true);
  });

  it('a café looking for attractive menu ideas stays unflagged', () => {
    expect(
      flagged(scan('Café in Leeds looking for attractive menu ideas from local cooks, apply now.')),
    ).toBe(false);
  });
});

describe('missed connections are dating ads', () => {
  it.each([
    'Saw you at the gym on Wednesday, tall with a red cap. Hope you see this.',
    'You were the guy with the blue umbrella on the 38 bus. Our eyes met, hmu.',
  ])('%s', (text) => {
    expect(scan(text).context).toBe('dating');
  });
});

describe('a short stay in other words: "new to Calgary", "final days", "fresh off the plane"', () => {
  it.each([
    'Sexy escort, incall. New to Calgary, call me.',
    'Escort outcall, final days in Toronto, book now.',
    'Escort incall downtown, last few days before I fly home.',
    'Escort incall, fresh off the plane and ready for you.',
    'Escort in Halifax, just moved to the city, incall.',
    'Escort incall, in Ottawa for a few days, text me.',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('movement');
  });

  it.each([
    'Escort incall. New to the industry and a bit shy, be gentle.',
    'Escort outcall, new to this site, real pics.',
    'Used car, new to me last year, runs well.',
  ])('new to a trade, a site or an owner is no stay: %s', (text) => {
    expect(cats(scan(text))).not.toContain('movement');
  });
});

describe('insisting her photos are hers and current: "my own pictures", "ID verified"', () => {
  it.each([
    'Escort incall. My own pictures, recent and accurate.',
    'Escort outcall, ID verified on the site, kisses.',
    'Escort outcall, verified provider, kisses and GFE.',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('trust-language');
  });

  it('a clinic that calls its massage legitimate and licensed is no trust language', () => {
    expect(
      cats(scan('Legitimate massage therapy by licensed therapists, call to book.')),
    ).not.toContain('trust-language');
  });
});

describe('no voice of her own, in other words: "don\'t speak much English", "no habla inglés"', () => {
  it.each([
    'Escort incall, sweet girl, don’t speak much English, text please.',
    'Escort outcall, my english is bad but I am very nice.',
    'Escort incall, speak only Spanish, call me.',
    'Escort incall. No habla ingles. Outcall ok.',
    'Escort incall, open twenty four hours for you.',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('restricted');
  });

  it('a clinic whose staff speak some English has no restricted cue', () => {
    expect(
      cats(scan('Massage clinic. Our therapists speak basic English, book online.')),
    ).not.toContain('restricted');
  });
});

describe('listed ethnicity in other words: "black girl", "euro girl", "Guyanese"', () => {
  it.each([
    'Escort incall, sexy black girl with curves.',
    'Escort outcall, hot euro girl visiting.',
    'Escort incall, thick Guyanese beauty.',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('ethnicity');
  });

  it('a Nordic spa names its style, not its staff', () => {
    expect(
      cats(scan('Nordic spa with sauna and cold plunge, relaxing massage, book online.')),
    ).not.toContain('ethnicity');
  });
});

describe('"daddy" the client or the role play is no controller; "daddy" who drives her is', () => {
  it.each([
    'Escort incall, looking for a sugar daddy, generous gents only.',
    "Escort incall, I'm daddy's little girl in role play, outcall ok.",
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('third-party');
  });

  it('my daddy will drive you to me: third party', () => {
    expect(cats(scan('Escort incall, my daddy will drive you to me.'))).toContain('third-party');
  });
});

describe('unprotected sex in slang: "no glove", "nbj", "rawdog"; youth: "jailbait", "sweet 18"', () => {
  // "No glove no love" is the safe-sex slogan (a condom or nothing): not this cue (detect48).
  it.each([
    'Escort incall, no glove special, call me.',
    'Escort outcall, nbj and gfe, kisses.',
    'Escort incall, rawdog specials tonight.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('risky-services');
    expect(flagged(r)).toBe(true);
  });

  it.each(['Escort incall, sweet 18 and ready.', 'Escort outcall, jailbait looks, call me.'])(
    '%s',
    (text) => {
      expect(cats(scan(text))).toContain('youth');
    },
  );

  it('a hat shop says "no hat" innocently', () => {
    expect(
      flagged(scan('Hat shop: no hat too big for our boxes, gloves and scarves on sale.')),
    ).toBe(false);
  });
});

describe('a house behind her in other words: "papa san", "house mom", "brothel", "several ladies"', () => {
  it.each([
    'Asian massage, ask papa san for the room, table shower.',
    'Escort incall, our house mom books you in, discreet.',
    'Escort incall at a quiet brothel near the airport.',
    'Escort outcall, we have ladies for every taste.',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('third-party');
  });

  it.each([
    'Massage spa: see our gallery of rooms and book online.',
    'Hello madam, I am a male escort for ladies, outcall only.',
  ])("a spa's rooms or a client addressed are no house: %s", (text) => {
    expect(cats(scan(text))).not.toContain('third-party');
  });
});

describe('recruiting abroad and for adult work in other words', () => {
  it.each([
    'Work in Germany, good salary, housing provided, we arrange documents. Apply now.',
    'Hiring massage girls for our new spa, apply now.',
    'Bar staff for Cyprus, free flights and we cover the visa. Apply now.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('recruitment');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    'Sugar babies wanted, apply now.',
    'Adult film studio hiring performers 21+, contracts and testing, apply now.',
  ])('adult work alone is a reason to look, not a flag: %s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('recruitment');
    expect(flagged(r)).toBe(false);
  });

  it('speakers at a conference with travel covered are no recruits', () => {
    expect(
      cats(scan('Conference in Oslo: all expenses paid for invited speakers, apply now.')),
    ).not.toContain('recruitment');
  });
});

describe('labour fees and books in other words: "training fee", "off the books"', () => {
  it.each([
    'Warehouse workers wanted, training fee 200 euro before start. Apply now.',
    'Cleaners wanted, undocumented welcome, start today. Apply now.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('labour');
    expect(flagged(r)).toBe(true);
  });
});
