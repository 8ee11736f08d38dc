// @vitest-environment node
// Round 22 of issue 12: 241 real web pages (escort agencies' and independents' terms and FAQ
// pages, massage clinics and salons, job pages in four languages, service businesses), measured
// blind, then read. Every sentence is written for this test, not copied from any page; each
// positive one failed before this round. Every class keeps near-misses that must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the agency that sends her is a third party', () => {
  it.each([
    'Tantric massage at your hotel. Please inform the agency and the masseuse in advance.',
    'Escort etiquette: she will call the agency when she arrives, and again for the driver.',
    'Outcall escorts: pay by card before the girls are sent.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('third-party');
    expect(flagged(r)).toBe(true);
  });

  it('an independent who works through no agency', () => {
    // No third party; "independent escort" is her claim, trust language since detect53.
    expect(cats(scan('Independent escort, I never work through the agency, call me.'))).toEqual([
      'trust-language',
    ]);
  });
});

describe('a page’s rules are no cues', () => {
  it.each([
    ['Massage clinic: a guardian must be present for children 12 and younger.', 'youth'],
    ["Escort FAQ: we're all not getting any younger, so book ahead.", 'youth'],
    ['Independent escort, very newbie friendly, read my tips.', 'youth'],
    ['Companion rules: please arrive fresh, showered and on time.', 'youth'],
    ['Escort FAQ: requesting bareback will get your number blocked.', 'risky-services'],
    [
      'Spa etiquette: the area being worked on will be uncovered, the rest draped.',
      'risky-services',
    ],
    ['Escort: overnight bookings must be made 24hrs in advance.', 'restricted'],
    ['Massage spa: the front desk may check your ID if it is your first time here.', 'movement'],
    ['Outcall massage: are you new to outcall massage? Me too!', 'movement'],
    [
      'Massage etiquette: if you are uncomfortable being naked under the towel, keep shorts on.',
      'massage-sex',
    ],
    ['Agency escorts: on an outcall the escort will travel to you.', 'movement'],
  ])('%s', (text, cat) => {
    expect(cats(scan(text))).not.toContain(cat);
  });

  it.each([
    ['Escort incall, bareback available.', 'risky-services'],
    ['Escort incall, available 24 hrs.', 'restricted'],
    ['Escort incall, brand new girl, young and fresh.', 'youth'],
    ['Escort incall: oral can be uncovered for extra.', 'risky-services'],
    ['Escort agency: girls 20 or younger available.', 'youth'],
  ])('the cue itself stays: %s', (text, cat) => {
    expect(cats(scan(text))).toContain(cat);
  });

  it('a Norwegian booking notice', () => {
    expect(cats(scan('Massasje og spa: avbestilling må skje senest 24t før timen.'))).not.toContain(
      'restricted',
    );
  });
});

describe('age minimums in a job or service ad', () => {
  it.each([
    'Massør søkes til vår salong, du må ha fylt 18 år.',
    'Massör sökes. Du ska vara minst 18 år gammal.',
    'Massage studio: you need to be 18 years old at the time of the massage.',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('youth');
  });

  it('a stated age still is', () => {
    expect(cats(scan('Massasje, jeg er 18 år, ring meg.'))).toContain('youth');
  });
});

describe('"work of" is no "work off"', () => {
  it.each([
    'Cleaner wanted. The work of a cleaner is varied, full-time position.',
    'Hotel housekeeping job: hospitality is a work of heart.',
    'Gym: ate too much? Come work it off, first class free.',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('labour');
  });

  it('working off a debt still is', () => {
    expect(
      cats(scan('Job abroad: we pay the ticket, you work off the ticket in the first months.')),
    ).toContain('labour');
  });
});

describe('"new talent" is no girls-wanted cue', () => {
  it('a job fair for newly arrived people', () => {
    const r = scan(
      'Dishwasher, seasonal job. The job fair helps newly arrived individuals into work and gives companies new talent.',
      'Job fair',
    );
    expect(flagged(r)).toBe(false);
    expect(cats(r)).not.toContain('recruitment');
  });
});
