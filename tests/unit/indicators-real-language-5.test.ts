// @vitest-environment node
// Families of real wording (detect18, issue 12): each class is written as the whole family a real
// ad-writer uses (synonyms, word orders, nb/sv/da forms), not as one tune ad's phrasing. The
// sentences are written for this test, not copied from any ad; each failed before this round.
// Every class keeps near-misses that must stay unflagged (independents, honest salons).
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('someone else books her: agency, booker, handler, mamasan', () => {
  it.each([
    'Sexy escort Lola, incall and outcall. Bookings through my assistant only.',
    'Hot escort, outcall to hotels. Contact my handler for rates and times.',
    'VIP escort Mia in Leeds. Our agency will confirm your date within an hour.',
    'Escort Jade, 23, incall. Call my agency to book, deposit required.',
    'Escort Kim, party girl, incall. Ask the booker for her free slots.',
    'Escort Suki, incall tonight. Ask for the mamasan when you arrive.',
    'Escort Nana, outcall. My bodyguard waits in the car during the date.',
    'Eskorte i Oslo, diskret treff. Bestilling gjøres via byrået vårt.',
    'Escort i Göteborg, incall och outcall. Boka via vår byrå.',
    'Escort i Aarhus, diskret. Bestilling gennem vores bureau.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('third-party');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    'Independent escort, incall and outcall. I do not work for an agency, no pimps, I book myself.',
    'Escort Ruby, outcall. Not affiliated with any agency, I answer my own phone.',
    'Deep tissue massage clinic. Our receptionist takes bookings by phone, gift cards available.',
    'Used papasan chair for sale, cushion included, pick up only.',
  ])('her own voice or an honest business stays unflagged: %s', (text) => {
    expect(flagged(scan(text))).toBe(false);
  });
});

describe('her profile written by someone else: "book her", "her website", "she offers"', () => {
  it.each([
    'Escort Alina, Ukrainian blonde, 25. Check out her personal website for rates.',
    'Busty Latina escort in Miami, new pictures. Book her tonight before she leaves.',
    'Elite escort Vera, Russian model. Her rates and schedule are on her profile.',
    'Escort Tiffany, Brazilian, incall downtown. Call her now, she offers GFE.',
    'Eskorte Mia, russisk blondine. Bestill henne i kveld, hennes bilder er nye.',
    'Escort Lina, rysk modell, incall. Ring henne nu, hennes bilder är äkta.',
    'Escort Nadia, russisk model, incall. Book hende i aften, hendes billeder er ægte.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('third-party');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    'Sports massage clinic. Anna is our senior therapist: book her online, her rates are on the website.',
    'Man, 45, seeking a kind woman for dinners. If you know her, tell her to call me.',
    'Independent escort Vera, incall in Oslo. Book me by text, my rates are on my website.',
  ])('a salon, a dating ad or her own voice is no third person: %s', (text) => {
    expect(flagged(scan(text))).toBe(false);
  });
});

describe('several women sold on one ad: "these …", "a number of ladies", agency SEO copy', () => {
  it.each([
    'Dubai escorts of class: these escort girls speak three languages and travel with you.',
    'Escort service Istanbul: these lovely Russian ladies are waiting at your hotel.',
    'Escort house in Sydney, a number of ladies available today, walk in or pre-book.',
    'Escort house Manchester: girls to choose from every night, outcall only.',
    'MUMBAI CALL GIRLS - High Class ESCORTS in MUMBAI, call now 24 hours.',
    'VIP call girls in Goa, hot models for hotels and villas, book now.',
    'Elite escorts in Prague, VIP models for dinner dates and travel.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('third-party');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    'High class escort Sofia, independent, incall in Vienna. These pics are recent.',
    'Hot model and escort Mia, 25, outcall only, text me.',
    'Thai massage clinic: these skilled therapists ease back pain, 60 minutes 600 kr.',
  ])('one woman, or a clinic, stays unflagged: %s', (text) => {
    expect(flagged(scan(text))).toBe(false);
  });
});

describe('client exclusions in every word order: "only seeing white", "white preferred", nb/sv/da', () => {
  it.each([
    'Escort Candy, incall in Dallas. Only seeing white gentlemen, no exceptions.',
    'Sexy escort Amber, outcall. Not seeing black men, sorry.',
    'Escort Gina, incall. Caucasian preferred, screening required.',
    'Escort Kitty, party girl, incall. White only, I prefer white guys.',
    "Escort Roxy, incall. Text me, I don't take calls.",
    'Eskorte Lise, diskret treff i Bergen. Kun hvite menn, ingen svarte menn.',
    'Escort Sara, incall i Malmö. Endast vita män, inga svarta män.',
    'Escort Maja, incall i Odense. Kun hvide mænd, ingen sorte mænd.',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('restricted');
  });

  it.each([
    'Escort Candy, incall in Dallas. Only seeing white gentlemen, no exceptions.',
    'Escort Gina, incall. Caucasian preferred, screening required.',
  ])('the clients named are no listed ethnicity of hers: %s', (text) => {
    expect(cats(scan(text))).not.toContain('ethnicity');
  });

  it.each([
    'Hotel room for rent, white only linen, no pets, text or call.',
    'Massage studio Oslo: kun hvite håndklær og rene laken, ring for time.',
  ])('colours of things stay no exclusion: %s', (text) => {
    expect(cats(scan(text))).not.toContain('restricted');
  });
});

describe('a word glued after "100% real", and "currently in your city"', () => {
  it.each([
    'Massage therapist Kim, sexy and wild. 100% realGuaranteed, outcalls only 24/7.',
    'Escort Dina, curvy, incall. Pics 100% realCALL me, text only.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('trust-language');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    'Latina escort Rosa, currently in your city, incall.',
    'Escort Jade, Asian, now in your area, incall.',
  ])('a stay: %s', (text) => {
    expect(cats(scan(text))).toContain('movement');
  });

  it.each(['Real estate agent, 100% realtor commission refund, call today.'])(
    'outside sex ads nothing: %s',
    (text) => {
      expect(cats(scan(text))).toEqual([]);
    },
  );
});

describe('a driver comes with her, girls change every week, girls to pick from', () => {
  it.each([
    'Escort Mia, outcall to all hotels, with driver, cash only.',
    'Escort Lana, outcall. Driver included in the price, 1 hour 200.',
    'Escort club, incall downtown: different girls every week.',
    'Escort house Leeds, over 20 girls to pick from, open late.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('third-party');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    'Independent escort, outcall. I drive myself, no driver needed.',
    'Mobile sports massage, therapist comes with table and oils, parking provided.',
  ])('%s', (text) => {
    expect(flagged(scan(text))).toBe(false);
  });
});

describe('no voice of her own, more spellings: "English a little", sv "hela dygnet"', () => {
  it.each([
    'Escort Lin, new, incall. English a little, text me.',
    'Escort Nina, incall i Uppsala. Tillgänglig hela dygnet.',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('restricted');
  });

  it.each(['Sexy escort, incall. If you cannot speak English, do not call.'])(
    'the client who cannot speak it is no cue: %s',
    (text) => {
      expect(cats(scan(text))).not.toContain('restricted');
    },
  );
});

describe('the house answers for her: "call us", "text us", "book with us", "call for us"', () => {
  it.each([
    'Escort Bella, 24, slim blonde. To meet Bella please call or text us on the number below.',
    'Escort Ruby, brunette, 34C. Tanned and sweet. Book with us now!',
    'Escort party girls, incall, call for us tonight.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('third-party');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    'Escort Lily, incall. Call me and let us have fun, enough time for us to connect.',
    'Thai massage clinic, licensed therapists. Call us or book online, gift cards.',
  ])('her own "us" with a client, or a clinic, stays unflagged: %s', (text) => {
    expect(flagged(scan(text))).toBe(false);
  });
});

describe('drugs sold with sex, "247" glued, photos "really me"', () => {
  it.each([
    'Escort available and drugs available, party favors for the right guy.',
    'Escort Tess, outcall, pnp friendly, text for menu.',
  ])('drugs with sex are a high-risk service: %s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('risky-services');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    'Escort Molly, incall, clean and safe: no drugs, no cocaine, no pnp.',
    'Party planner for birthdays: balloons, cake and party favors delivered.',
  ])('a name, a refusal or a shop is no drug cue: %s', (text) => {
    expect(cats(scan(text))).not.toContain('risky-services');
  });

  it.each([
    'Escort Mei, Asian, incall & outcall 247, text me.',
    'Escort Joy, incall & outcall 247duo with my roomie.',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('restricted');
  });

  it.each([
    'Escort Eve, curvy. My pictures are really me!',
    'Escort Jo, blonde. Real and Independent, no agency.',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('trust-language');
  });
});

describe('"I am new here" is a stay; "New here?" to a client is not', () => {
  it.each([
    'Escort Lora, Korean wife, i am new here, 22yo.',
    "Escort Mia, I'm new here and ready.",
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('movement');
  });

  it.each(['Escort Dee, incall. New here? Read my rules before you call.'])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('movement');
  });
});
