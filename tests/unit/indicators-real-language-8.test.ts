// @vitest-environment node
// Round 20 of issue 12, second part: the 111 ads kept unseen this round, read after their blind
// measurement, and 50 more tune ads (Kenyan directory profiles, Swedish classified headlines).
// Every sentence is written for this test, not copied from any ad; each positive one failed
// before this round. Every class keeps near-misses that must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('"ten" is a number, "teen" a cue (the normaliser folds both to "ten")', () => {
  it.each([
    'Escort incall, ten minutes from the airport, call me.',
    'Body massage: one stroke with a hot stone is like ten strokes by hand.',
    'Escort outcall, tens of happy clients, discreet.',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('youth');
  });

  it.each(['Escort incall, teen cutie.', 'Escort incall, T33N fun.', 'Escort outcall, t.e.e.n'])(
    'still youth: %s',
    (text) => {
      expect(cats(scan(text))).toContain('youth');
    },
  );
});

describe('tour dates as a day range: "june 10-16th", "April 18 to 21"', () => {
  it.each([
    'Escort incall downtown Regina this june 10-16th only.',
    'Escort outcall in Halifax April 18 to 21, book ahead.',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('movement');
  });

  it.each([
    'Escort incall. Posted March 7, 2016. Rates 2-3 hours on request.',
    'Escort incall, decent rates, 2-3 hours minimum.',
  ])('a posting date or hours are no tour: %s', (text) => {
    expect(cats(scan(text))).not.toContain('movement');
  });
});

describe('the client is the one who is young, visits, is new or hires', () => {
  it.each([
    'Escort incall, I love to meet a young buddy after work.',
    'Escort incall. Whether you are visiting Nairobi for business or live here, call me.',
    "Escort outcall. If you're in town for a conference, text me.",
    "Sensual massage studio. If you're new to sensual massage, start with 60 minutes.",
    'Escort incall. Thanks for hiring me, I treat every gentleman well.',
  ])('%s', (text) => {
    const c = cats(scan(text));
    expect(c).not.toContain('youth');
    expect(c).not.toContain('movement');
    expect(c).not.toContain('recruitment');
  });
});

describe('skincare and oils are no youth or ethnicity', () => {
  it('a body scrub for younger skin with Italian chocolate oil', () => {
    const c = cats(
      scan('Body scrub massage for younger skin, feel fresh, with Italian chocolate oil.'),
    );
    expect(c).not.toContain('youth');
    expect(c).not.toContain('ethnicity');
  });
});

describe('"daddy" addressed to the client is no controller', () => {
  it('lets have a date daddy', () => {
    expect(cats(scan('Escort incall, hot latina, lets have a date daddy.'))).not.toContain(
      'third-party',
    );
  });
});

describe('college escorts, current photos and a job that has "no catch"', () => {
  it('youth: a college escort', () => {
    const r = scan('Escort incall, college escort who studies by day.');
    expect(cats(r)).toContain('youth');
    expect(flagged(r)).toBe(true);
  });

  it('trust: images are true current pictures', () => {
    expect(cats(scan('Escort agency, our images are true and current.'))).toContain(
      'trust-language',
    );
  });

  it('a job paid in cash that insists there is no catch', () => {
    const r = scan(
      'Promo models wanted, experience not required, paid cash on the day, no fees or catches. Apply now.',
    );
    expect(cats(r)).toContain('trust-language');
    expect(flagged(r)).toBe(true);
  });
});

describe('Swedish escort headlines: sex words make the context, days bound a stay', () => {
  it.each(['Knullsugen kom till Solna', 'Avsugning i Gävle'])('%s', (text) => {
    expect(scan(text).context).toBe('escort');
  });

  it('a young Swedish girl is youth in a sexual ad', () => {
    expect(flagged(scan('Ung svensk tjej, knullsugen, incall'))).toBe(true);
  });

  it('"i Sundsvall fram till söndag" is a stay', () => {
    expect(cats(scan('Knullsugen milf, incall i Sundsvall fram till söndag'))).toContain(
      'movement',
    );
  });

  it('"frisk och kry" is healthy, not young', () => {
    expect(cats(scan('Knullsugen milf, incall, frisk och kry med intyg'))).not.toContain('youth');
  });

  it('a café open until six is no stay', () => {
    expect(cats(scan('Café i Sundsvall, öppet fram till 18, välkommen'))).not.toContain('movement');
  });
});

describe('a date and a number are no range', () => {
  it('"February 14th - 1 hour free" is a Valentine special', () => {
    expect(
      cats(scan('Sensual massage, February 14th - 1 hour free with every booking.')),
    ).not.toContain('movement');
  });
});

describe('the languages she speaks and the techniques she uses are no listed ethnicity', () => {
  it.each([
    'Sensual massage, incall. Fluent Thai, basic English, basic Chinese.',
    'Sensual massage. She communicates comfortably in English and Chinese, in addition to Thai.',
    'Sensual massage with Thai stretches and a Thai & oil fusion.',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('ethnicity');
  });

  it('a Thai girl who speaks English is still a listed ethnicity', () => {
    expect(cats(scan('Escort incall, sexy Thai girl, speaks English.'))).toContain('ethnicity');
  });
});

describe("the house's voice: our babes, our goddesses, our managers, we handpick", () => {
  it.each([
    'London escorts, incall: our babes are willing to give you the treat of your life.',
    'Sensual massage: meet our goddesses, ranked by class.',
    'Escorts FAQ: call and our managers will help you book.',
    'London escorts, incall: we handpick the best babes and groom them for you.',
  ])('%s', (text) => {
    expect(cats(scan(text))).toContain('third-party');
  });

  it('a dating scam page that talks of "these women" is no escort house', () => {
    expect(
      cats(scan('Dating site: many of these women are single moms looking for romance.')),
    ).not.toContain('third-party');
  });
});

describe('tours across months: "May 28 – Jul 13: Berlin"', () => {
  it('a tour from one month into the next', () => {
    expect(cats(scan('Escort · May 28 – Jul 13: Berlin · kisses'))).toContain('movement');
  });

  it('a BDSM provider is in an escort context', () => {
    expect(scan('BDSM mistress, now visiting Berlin from the USA').context).toBe('escort');
  });
});

describe('v25 read: clients of every age, swing parties, a recent arrival', () => {
  it('"old young fat" lists the clients she takes', () => {
    expect(
      cats(scan('Escort incall, hairy men only, old young fat all welcome, send pics.')),
    ).not.toContain('youth');
  });

  it('a swing party is a dating ad', () => {
    expect(
      scan('Private swing party for couples and ladies, invite only, looking for play friends.')
        .context,
    ).toBe('dating');
  });

  it('"very recently in Moscow" is a recent arrival', () => {
    expect(cats(scan('VIP escort, very recently in Moscow, our agency books you.'))).toContain(
      'movement',
    );
  });

  it('Swedish care jobs are job ads', () => {
    expect(scan('Personlig assistent till ENKV, utöka mitt team.').context).toBe('job');
  });
});
