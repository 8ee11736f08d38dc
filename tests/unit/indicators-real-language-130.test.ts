// @vitest-environment node
// Round 130 of issue 12: Backpage and body-rub ads of a 2016 research crawl, agency and tour
// recruitment pages, Swedish salons and personals, read after their blind run. Every sentence is
// written for this test, not copied from any ad; each positive failed before this round (03bfedd).
import { describe, expect, it } from 'vitest';
import { cats, flagged, matches, scan } from '../support/engine-scan';

describe('the ad words of round 130', () => {
  it('a refusal mark before "no aa" repeats the refusal: the client exclusion counts', () => {
    for (const text of [
      'Sweet escort, incall tonight. 🚫No aa🚫 Call me.',
      'Escort Lola: 🚫NO DRAMA 🚫NO AA 💖 call me',
    ])
      expect(matches(scan(text), 'restricted').map((m) => m.toLowerCase())).toEqual(['no aa']);
    // The mark still refuses a service it stands before.
    expect(cats(scan('Escort: GFE, 🚫 bareback'))).not.toContain('risky-services');
  });

  it('an escort tour offer ("min tour: 10 days", "extras 100% yours") recruits', () => {
    const r = scan('Apartments included. Min tour: 10 days. Tips and extras 100% yours.', 'BERLIN');
    expect(cats(r)).toContain('recruitment');
    expect(flagged(r)).toBe(true);
    // A guided tour's minutes are no escort tour.
    expect(cats(scan('Join our 90 min tour of the old town, tickets at the desk.'))).not.toContain(
      'recruitment',
    );
  });

  it('"18 years ago" and "19 years of experience" are no stated age', () => {
    for (const text of [
      'Sensual massage by a therapist who qualified some 18yrs ago.',
      'Sensual massage, 19 years of experience in the trade.',
      'Sensual massage: I have done this over the past 18 years.',
    ])
      expect(cats(scan(text))).not.toContain('youth');
    expect(cats(scan('Sensual massage by sweet Mia, 18 years old.'))).toContain('youth');
  });

  it('a clinic\'s "naked underneath a sheet" is draping, not erotic massage', () => {
    expect(
      cats(scan('Massage clinic: you may be naked underneath a sheet or keep your underwear on.')),
    ).not.toContain('massage-sex');
  });

  it('a house\'s "host of sexy ladies", "new hot additions" are several women', () => {
    expect(cats(scan('Massage parlour with a host of sexy ladies, open daily.'))).toContain(
      'third-party',
    );
    expect(cats(scan('Escort group: new hot additions every day, book now.'))).toContain(
      'third-party',
    );
  });

  it('a group that lends its members money is a labour cue in a job ad', () => {
    const r = scan('Join our team! Weekly pay, loans offered to our members, apply now.');
    expect(matches(r, 'labour')).toEqual(['loans offered to our members']);
  });

  it('"my last week in" a city is movement in an escort ad', () => {
    expect(cats(scan('Escort Vicky: my last week in Denver, call me.'))).toContain('movement');
  });

  it('Swedish: "sexig massage" is erotic massage; "kvinna söker" is a personal', () => {
    expect(cats(scan('Sexig massage av Lina i centrum.'))).toContain('massage-sex');
    const r = scan('Kvinna söker ung söt kille, 34, Uppsala.');
    expect(r.context).toBe('dating');
    expect(flagged(r)).toBe(false);
  });
});
