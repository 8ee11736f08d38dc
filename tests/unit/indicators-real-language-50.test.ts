// @vitest-environment node
// Round 50 of issue 12: classes of real-ad language found in the round 49–50 ads, read after
// their blind runs. Every sentence is written for this test, not copied from any ad; each
// positive failed before this round (790be05). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('a refusal lists services with commas ("no greek, cim, cof")', () => {
  it.each([
    'Escort incall gfe. No greek, cim, cof. Text me',
    'Escort incall gfe. no anal, bbbj, cim please',
    'Escort incall gfe. NO GREEK, BBFS. Respectful gents',
    'Escort incall gfe. No kissing, cim',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('risky-services');
  });

  it.each([
    'Escort incall gfe. No drama, bbbj and cim available',
    'Escort incall gfe. No blocked calls, bbbj',
    'Escort incall gfe. No rush, bbfs',
    'Escort incall gfe. No greek. Cim and bbbj yes',
  ])('keeps the service after "%s"', (text) => {
    expect(cats(scan(text))).toContain('risky-services');
  });
});

describe('a massage tradition or treatment is no nationality of the staff', () => {
  it.each([
    'Massage clinic. Our menu: Indian head massage, deep tissue and hot stone.',
    'Massage clinic. Hawaiian lomi lomi and Chinese cupping, by appointment.',
    'Massage clinic. Turkish hammam and Moroccan bath rituals, Korean body scrub.',
    'Massage clinic. Nuad Thai combines acupressure, Indian Ayurvedic principles and stretching.',
    'Massage clinic. Ancient Thai traditions and Thai yoga massage for your back.',
    'Spa. We offer Swedish, Thai, Deep Tissue and hot stone massages.',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('ethnicity');
  });

  it.each([
    'Massage clinic. Young Thai girls, table shower.',
    'Massage clinic. New Chinese and Korean masseuses every week.',
  ])('keeps the women named in "%s"', (text) => {
    expect(cats(scan(text))).toContain('ethnicity');
  });
});

describe('short stays, rival girls, Scandinavian client ages, decor between words', () => {
  it.each([
    ["Escort incall gfe. I won't be here for a long so book me while you can", 'movement'],
    ['Escort incall gfe. •verified & real• text me', 'trust-language'],
    ['Mogen kvinna för dig över 40+ boka ett sexigt möte', 'restricted'],
    ['Sexy jente, kun for menn over 35. Ring meg', 'restricted'],
    ['Escort incall. full menu ġfeღβββj shower together', 'risky-services'],
  ])('%s', (text, category) => {
    expect(cats(scan(text))).toContain(category);
  });

  it.each([
    [
      'Escort incall gfe. Wasting time on girls that dont look like their pictures? I am real',
      'third-party',
    ],
    ['Escort incall gfe. Always clean, fresh and on time', 'youth'],
    ['Looking for a date. If a younger man is what you need, write me', 'youth'],
    ['Massage i Aarhus: du vil føle dig frisk igen', 'youth'],
    ['Massage i Aarhus. Kinesisk akupunktur og massage', 'ethnicity'],
    ['Massasje for deg over 30 år, ring for time', 'restricted'],
    ['Frisør: pensjonisttilbud for menn over 67 år', 'restricted'],
  ])('leaves "%s" alone', (text, category) => {
    expect(cats(scan(text))).not.toContain(category);
  });
});

describe('travel paid, escort menus, a simile', () => {
  it('reads a visa and flight ticket paid by the employer as travel arranged', () => {
    const r = scan('Hotel jobs in London. We cover the expenses for your visa and flight ticket.');
    expect(cats(r)).toContain('recruitment');
  });

  it('keeps an escort menu with massage words an escort ad ("daty", "deepthroat")', () => {
    const r = scan(
      'Sweet personality, curvy, upscale, independent, tight kitty, no rush. Generous gentlemen only. Services: full body massage, shower together, ьj, ⑥⑨, ðατγ.',
    );
    expect(r.context).toBe('escort');
    expect(cats(r)).not.toContain('massage-sex');
  });

  it('leaves "tight like a virgin" alone', () => {
    expect(cats(scan('Escort incall gfe. My kitty is tight like a virgin'))).not.toContain('youth');
  });
});

describe('"exotic" names a thing, not her', () => {
  it.each([
    'Escort agency in Cairns. The rainforest is home to rare and exotic birds.',
    'Escort agency. Our clients love exotic cars and exotic destinations.',
    'Escort agency. Dinner dates with exotic cocktails and exotic cuisine.',
  ])('%s', (text) => {
    expect(cats(scan(text))).not.toContain('ethnicity');
  });

  it.each([
    'Escort incall. Exotic caramel beauty',
    'Escort incall. Exotic petite girl',
    'Escort incall. Exotic islander girl',
  ])('keeps "%s"', (text) => {
    expect(cats(scan(text))).toContain('ethnicity');
  });
});
