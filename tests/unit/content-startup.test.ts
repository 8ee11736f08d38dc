// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startupFor } from '../../background/startup';
import { buildEngine } from '../../content/engine';
import { createEngine } from '../../indicators';
import { createEngineFrom } from '../../indicators/core';
import { DEFAULT_SETTINGS } from '../../settings/defaults';

// The fictional ads, then real ones (half of them carry a phone number).
const ads = ['dev-ads', 'real-dev']
  .flatMap((f) => readFileSync(resolve(`../shared/eval/${f}.jsonl`), 'utf8').split('\n'))
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { text: string; title?: string; lang?: string });

describe('startup: the background sends the lexicons, the content script builds its engine', () => {
  it('sends the settings and the lexicons of the enabled languages only', () => {
    const s = startupFor({ ...DEFAULT_SETTINGS, langs: ['nb', 'sv'] });
    expect(Object.keys(s.lexicons).sort()).toEqual(['nb', 'sv']);
    expect(s.settings.langs).toEqual(['nb', 'sv']);
    // A structured-clone round trip (what runtime messaging does) keeps the lexicons usable.
    expect(structuredClone(s)).toEqual(s);
  });

  it('an engine built from the sent lexicons scans exactly like the bundled engine', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      langs: ['nb', 'en'] as const,
      disabledCategories: ['ethnicity' as const],
      customTerms: [{ term: 'sofa', category: 'youth' as const, weight: 1 }],
    };
    const sent = structuredClone(startupFor({ ...settings, langs: [...settings.langs] }));
    const fromSent = buildEngine(sent);
    const bundled = createEngine({
      langs: [...settings.langs],
      disabledCategories: settings.disabledCategories,
      customTerms: settings.customTerms,
    });
    let flagged = 0;
    let phones = 0;
    for (const ad of ads) {
      const a = fromSent.scan(ad);
      expect(a).toEqual(bundled.scan(ad));
      if (a.level !== 'none') flagged++;
      // The phone metadata is sent too: the page's engine finds the same numbers.
      phones += a.contacts.filter((c) => c.type === 'phone').length;
    }
    expect(flagged).toBeGreaterThan(10);
    expect(phones).toBeGreaterThan(10);
  });

  it('a language without a lexicon adds no patterns', () => {
    const none = createEngineFrom({}, null, { langs: ['nb'] });
    expect(none.scan({ text: 'Nye jenter hver uke, ung og fersk, ny i byen' }).indicators).toEqual(
      [],
    );
  });
});
