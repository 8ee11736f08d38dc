// @vitest-environment node
// Held-out ads written for these tests (not in ../shared/eval), plus normaliser properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applySharedContacts,
  createEngine,
  linkSharedContacts,
  type Category,
  type ScanResult,
} from '../../indicators';

const engine = createEngine();
const cats = (r: ScanResult) => new Set(r.indicators.map((f) => f.category));
const flagged = (r: ScanResult) => r.level === 'medium' || r.level === 'high';

const risky: Array<[string, Category[]]> = [
  [
    'Søte unge jenter fra Asia, nye hver uke. Ring sjåføren for å bestille.',
    ['youth', 'third-party'],
  ],
  [
    'NEW GIRLS weekly!! Barely legal petite cuties, incall only, text my manager',
    ['third-party', 'youth'],
  ],
  [
    'Exotic Thai massage, b-2-b and happy ending, open 24/7, men only',
    ['massage-sex', 'restricted'],
  ],
  [
    'Nya tjejer varje vecka! Unga thailändska tjejer, extra service, ring dygnet runt.',
    ['third-party', 'youth', 'massage-sex', 'restricted'],
  ],
  ['Ny pige i byen, kun få dage. Ung og frisk, ring døgnet rundt 💋', ['youth', 'restricted']],
  ['S.E.X.Y y.o.u.n.g girl, BBFS ok, no condom needed', ['risky-services', 'youth']],
  [
    'Jobb i utlandet for unge jenter! Høy lønn, flybillett og visum ordnes, betaler tilbake senere.',
    ['recruitment'],
  ],
  [
    'Warehouse jobs, no papers needed, housing provided, wages paid in cash, we keep your passport',
    ['labour'],
  ],
  ['Ｆｒｅｓｈ ｔｅｅｎ babe just landed, 100% real pics', ['youth', 'trust-language']],
];
const benign: string[] = [
  'Sofa i ung og frisk design, pent brukt. Selges billig, hentes i Bergen.',
  'Young and fresh design: this sofa fits any living room. For sale, pick up only.',
  'Brand new bike, new in town and selling my old one. Fresh tyres.',
  'Hotel receptionist wanted: 24/7 customer service desk, shifts, contract and salary per tariff.',
  'Thai massage salon, certified therapists. No sexual services. Book online, receipts given.',
  'Independent escort, 31, own schedule, safer sex only. Incall in Oslo, screening required.',
  'Happy ending to the story: the bookshop found its new owners. Books for sale!',
  'Inga sexuella tjänster. Klassisk thaimassage av utbildade terapeuter.',
  'Strictly non-sexual massage. Sports and deep tissue, licensed clinic.',
  'Ung familie søker leilighet i Oslo, ryddige og rolige.',
];

describe('held-out ads', () => {
  it.each(risky)('flags: %s', (text, expected) => {
    const r = engine.scan({ text });
    for (const c of expected)
      expect(cats(r), `${c} in ${JSON.stringify(r.indicators)}`).toContain(c);
    expect(flagged(r), JSON.stringify(r)).toBe(true);
  });
  it.each(benign)('does not flag: %s', (text) => {
    const r = engine.scan({ text });
    expect(flagged(r), JSON.stringify(r)).toBe(false);
  });
  it('keeps a lone weak cue below medium', () => {
    for (const text of [
      'Asian escort, exotic and oriental beauty',
      'Escort, new in town, just arrived, touring',
    ])
      expect(engine.scan({ text }).level).toBe('low');
  });
  it('lets negation cancel only the cue it negates', () => {
    const r = engine.scan({ text: 'Escort in Oslo. Not available 24/7. Young and sweet.' });
    expect(cats(r)).not.toContain('restricted');
    expect(cats(r)).toContain('youth');
  });
  it('uses the title for context', () => {
    expect(engine.scan({ title: 'Sofa til salgs', text: 'Ung og fersk, ny i byen' }).level).toBe(
      'none',
    );
    expect(engine.scan({ title: 'Eskorte', text: 'Ung og fersk, ny i byen' }).context).toBe(
      'escort',
    );
  });
  it('honours disabled categories and custom terms', () => {
    const e = createEngine({
      disabledCategories: ['youth'],
      customTerms: [{ term: 'rosebud*', category: 'third-party', weight: 3 }],
    });
    const r = e.scan({ text: 'Escort: young girl, ask for ROSEBUD* today' });
    expect(cats(r)).not.toContain('youth');
    expect(r.indicators.find((f) => f.term === 'rosebud*')?.match).toBe('ROSEBUD');
    // A literal: the `*` is not a wildcard, so "rosebuds" does not match.
    expect(e.scan({ text: 'Escort: ask for rosebuds' }).indicators).toEqual([]);
  });
});

describe('contacts', () => {
  it('finds plain and disguised phones and e-mails', () => {
    const text =
      'Ring 912 34 567, +46 70 123 45 67, nine 1 two 3 four 5 six 7, 4five5 12 345, anna (at) gmail [dot] com';
    const r = engine.scan({ text, lang: 'nb' });
    expect(r.contacts.map((c) => c.value)).toEqual([
      '+4791234567',
      '+46701234567',
      '+4791234567',
      '+4745512345',
      'anna@gmail.com',
    ]);
    for (const c of r.contacts) expect(c.end).toBeGreaterThan(c.start);
  });
  it('links contacts shared across ads', () => {
    const rs = ['Escort, call 912 34 567', 'Massasje, ring 91234567', 'Sofa, ring 22 33 44 55'].map(
      (text) => engine.scan({ text }),
    );
    linkSharedContacts(rs);
    expect(
      rs.map((r) => r.indicators.filter((f) => f.category === 'shared-contact').length),
    ).toEqual([1, 1, 0]);
    expect(rs[0]!.indicators.find((f) => f.category === 'shared-contact')).toMatchObject({
      term: '+4791234567',
      match: '912 34 567',
    });
    const again = applySharedContacts(rs[0]!, new Set(['+4791234567']));
    expect(again.score).toBe(rs[0]!.score);
  });
});

describe('normaliser properties', () => {
  it('never throws, and offsets slice back to the match', () => {
    const e = createEngine({ customTerms: [{ term: 'ab', category: 'youth', weight: 1 }] });
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ maxLength: 40 }),
        (noise, title) => {
          for (const text of [noise, `escort young ${noise} ab new girls`]) {
            const r = e.scan({ text, title });
            for (const f of [...r.indicators, ...r.contacts]) {
              expect(f.start).toBeGreaterThanOrEqual(0);
              expect(f.end).toBeLessThanOrEqual(text.length);
              expect(f.start).toBeLessThan(f.end);
            }
            for (const f of r.indicators) expect(text.slice(f.start, f.end)).toBe(f.match);
          }
        },
      ),
      { numRuns: 300 },
    );
    // 600 scans: seconds on a loaded machine, so no tight timeout.
  }, 30_000);
  it('maps obfuscated matches to the exact original characters', () => {
    const text = 'Hot уоung g1rl, n e w  in town, hap\u200bpy end\u200bing';
    const r = createEngine().scan({ title: 'escort', text });
    const m = r.indicators.map((f) => f.match);
    expect(m).toContain('уоung');
    expect(m).toContain('n e w  in town');
    expect(m).toContain('hap\u200bpy end\u200bing');
  });
});
