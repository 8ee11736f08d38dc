// @vitest-environment node
// Round 104 of issue 12: an Indian directory's posts, agency and massage sites, Backpage pages of
// 2016 and Nordic job pages, read after their blind run. Every sentence is written for this test,
// not copied from any ad; each positive failed before this round (6b776fd).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 104', () => {
  it('a house that provides call girls, college-going girls and round-the-clock service', () => {
    expect(cats(scan('Delhi escorts: we provide Russian models'))).toContain('third-party');
    expect(cats(scan('Escorts Pune, with independent college going girls'))).toContain('youth');
    expect(cats(scan('Escort service in Agra 24×7'))).toContain('restricted');
    expect(cats(scan('Escort girl Agra, 24 Hours Available'))).toContain('restricted');
  });

  it('a booking network that books the agencies’ models', () => {
    const t = 'Escort network FAQ: we will book your models abroad';
    expect(cats(scan(t))).toContain('third-party');
  });

  it('more nationalities, real photos and live-in expenses', () => {
    expect(cats(scan('Escort: sweet Kyrgyz girl, 24'))).toContain('ethnicity');
    expect(cats(scan('Escort: what you see is truly what you get'))).toContain('trust-language');
    expect(cats(scan('Carer job: live-in expenses will be provided'))).toContain('labour');
  });

  it('fresh towels and fish, an adult-only form, clients who visit and review counts are no cues', () => {
    expect(cats(scan('Massage studio: the towels are fresh and warm'))).not.toContain('youth');
    expect(cats(scan('Massage spa: lunch with fresh fish'))).not.toContain('youth');
    expect(cats(scan('Join our escort team. Age (18+ only), nationality'))).not.toContain('youth');
    expect(cats(scan('Escort: I am 18 years old and fresh'))).toContain('youth');
    const older = 'Mature escorts understand this in ways that younger women simply cannot';
    expect(cats(scan(older))).not.toContain('youth');
    const clients =
      'Call girls for German and Japanese engineering delegates and visiting auditors';
    expect(cats(scan(clients))).not.toContain('ethnicity');
    expect(cats(scan(clients))).not.toContain('movement');
    expect(cats(scan('Escort: preferred by visiting executives'))).not.toContain('movement');
    const stats = 'Massage clinic: 500+Happy Clients73+5-Star Google Reviews';
    expect(cats(scan(stats))).not.toContain('restricted');
    expect(cats(scan('Escort: gentlemen 30+ only'))).toContain('restricted');
  });
});
