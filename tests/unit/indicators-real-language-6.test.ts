// @vitest-environment node
// Never-read ads, read (detect19, issue 12): families of the wording the 87 never-read ads showed,
// written as a real ad-writer varies them (spellings, word orders, nb/sv/da forms). Every
// sentence is written for this test, not copied from any ad; each positive one failed before this
// round. Every class keeps near-misses that must stay unflagged (independents, honest salons).
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the house answers for her: "txt us", "message us", prices per girl', () => {
  it.each([
    'Two hot escorts downtown, incall only. Txt us for rates and pics.',
    'Sexy escort Amber in Dallas, outcall. Message us on WhatsApp to book.',
    'Escort specials tonight: 150 roses half hour, 250 hour, just for one girl.',
    'Escort outcall to your hotel, 300 roses per girl, cash on arrival.',
    'Eskorte i Oslo, diskret treff. Ring oss for å bestille.',
    'Escort i Malmö, incall och outcall. Ring oss för bokning.',
    'Escort i Odense, diskret. Skriv til os og book i aften.',
  ])('%s', (text) => {
    const r = scan(text);
    expect(cats(r)).toContain('third-party');
    expect(flagged(r)).toBe(true);
  });

  it.each([
    'Couples massage studio in Leeds. Message us to book a session for two.',
    'Bicycle repair shop, text us for a quote, open every day.',
    'Frisørsalong i Bergen, ring oss for time.',
    'We are a fun couple, an escort duo for open-minded gents. Give us a call.',
  ])('a shop, a salon or a duo stays unflagged: %s', (text) => {
    expect(flagged(scan(text))).toBe(false);
  });
});
