// @vitest-environment node
// Context and flag classes seen on escort directories and agency pages of many countries (issue 12,
// detect8, extra-ads7), written fresh for this test: booking words ("date", "qv") make an ad an
// escort ad, sex acts that end in "job" are no job ad, a brothel's own voice is third party, and a
// lone "fresh" or a directory's "escort service" stays light.
import { describe, expect, it } from 'vitest';
import { engine, cats, flagged } from '../support/engine-scan';

// As the extension reads a page: the title first, then the body (the title also votes double).
const scan = (text: string, title?: string) =>
  engine.scan(title ? { text: `${title}\n${text}`, title } : { text });

describe('the context of an escort ad that books "dates"', () => {
  it('reads a "date" with a phone number as an escort ad, so its "text only" counts', () => {
    const r = scan(
      'Hi, im Lena, up late and need a date. Discreet and fun. Text 555 0100 text only, outcalls only.',
      'Looking for a late night date?',
    );
    expect(r.context).toBe('escort');
    expect(cats(r)).toEqual(['restricted', 'trust-language']);
  });
  it('reads a price list in "qv" (quick visit) as an escort ad', () => {
    const r = scan('Two qv = 120, two hour = 300. Call 555 0101 only when ready. No drama.');
    expect(r.context).toBe('escort');
  });
  it('keeps a Norwegian dating ad a dating ad', () => {
    expect(scan('Singel mann søker kjæreste og et godt forhold. Ta kontakt.').context).toBe(
      'dating',
    );
  });
});

describe('sex acts that end in "job"', () => {
  it('do not make an escort\'s service list a job ad, and "blow job nature" is risky', () => {
    const r = scan(
      'SERVICES: blow job, blow job nature, kissing, 69, massage, outcall. Call +90 555 000 0100',
      'Russian beauty Anna, outcall service',
    );
    expect(r.context).toBe('escort');
    expect(cats(r)).toEqual(['ethnicity', 'risky-services']);
    expect(flagged(r)).toBe(true);
  });
  it('still lets a real job ad be a job ad', () => {
    expect(scan('Job: warehouse workers wanted, full time position, apply now').context).toBe(
      'job',
    );
  });
});

describe("a brothel's or agency's own voice", () => {
  it('is third party: "our escort line", "all of our companions", "call reception"', () => {
    const r = scan(
      'Mia is waiting for you tonight. Call reception to book, or drop by to meet our companions. For a hotel visit call our escort line.',
      'Gorgeous Mia - until 4am',
    );
    expect(cats(r)).toContain('third-party');
    expect(flagged(r)).toBe(true);
  });
  it('reads "sexy girls" offered at a price as several women behind one ad', () => {
    const r = scan('sexy girls 2k short time* sexy girls 2k short time*');
    expect(cats(r)).toEqual(['third-party']);
    expect(flagged(r)).toBe(true);
  });
  it('keeps a directory\'s "Escort-Service" page title light: with a nationality it stays low', () => {
    const r = scan(
      'Hi darling, I am a sexy blond german beauty. Call me for a hot date at your hotel.',
      'Real Date - Hamburg Escort und Escort-Service',
    );
    expect(r.level).toBe('low');
  });
});

describe('light youth and client exclusions', () => {
  it('keeps a template "fresh girl in town" low, but "young" in the same ad is a flag', () => {
    const r = scan(
      'Sexy new girl in town looking for a great date. Naughty fresh girl here, incall or outcall',
    );
    expect(cats(r)).toEqual(['movement', 'youth']);
    expect(flagged(r)).toBe(false);
    expect(flagged(scan('Sexy young girl in town, incall or outcall, call me'))).toBe(true);
  });
  it('reads "shower fresh" and "fresh and clean" as no youth', () => {
    expect(cats(scan('Shower fresh and soft, safe clean place, incall 50qv'))).toEqual([]);
    expect(cats(scan('Always fresh and clean, incall'))).toEqual([]);
  });
  it('reads "sorry i dont date black men" as a client-race exclusion', () => {
    const r = scan('No bait and switch, upscale and discreet. Sorry i dont date black men.');
    expect(cats(r)).toContain('restricted');
  });
});

describe("massage words on a therapist's page", () => {
  it('read aromatherapy, FBSM and tantra as a massage ad', () => {
    expect(
      scan('Aromatherapy with one of our therapists, heat packs and oils. Relaxation.').context,
    ).toBe('massage');
    expect(
      scan('Offerings: FBSM 250 for 1hr, Tantra session 300. Incall, screening required.').context,
    ).toBe('massage');
  });
});
