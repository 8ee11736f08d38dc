import { describe, expect, it } from 'vitest';
import { Lens } from '../../content/lens';
import { pageScheme } from '../../content/page-scheme';
import type { AdState } from '../../content/scanner';
import { extractText } from '../../content/text';
import { createEngine } from '../../indicators';
import { adTextHash, forSite } from '../../settings/dismissed';

const custom = [{ term: 'Natasha Petrova', category: 'third-party' as const, weight: 3 }];
const engine = createEngine({ langs: ['en'], customTerms: custom });

function state(text: string): AdState {
  document.body.innerHTML = `<article><h2>Ad</h2><p>${text}</p></article>`;
  const el = document.querySelector('article')!;
  const target = { el, title: el.querySelector('h2'), roots: [el] };
  const map = extractText(target.roots);
  const base = engine.scan({ text: map.text });
  return { target, map, base, result: base };
}

const lens = (entries: Parameters<typeof forSite>[0] = [], customKeys: string[] = []) =>
  new Lens({ dismissed: forSite(entries, 'site.example'), custom: new Set(customKeys) });

describe('what the badge and the page may see (content/lens.ts)', () => {
  it('keeps custom-term findings out of the public view, and re-levels without them', () => {
    const s = state('Natasha Petrova sells a lamp.');
    expect(s.result.indicators.map((f) => f.term)).toEqual(['Natasha Petrova']);
    const look = lens([], ['natasha petrova']).look(s);
    expect(look.result.indicators).toHaveLength(1);
    expect(look.pub).toEqual({ level: 'none', indicators: [] });
  });

  it('hides a dismissed ad entirely, on its site only', () => {
    const s = state('Young new girls every week, happy ending, 24/7');
    const entry = {
      kind: 'ad' as const,
      site: 'site.example',
      hash: adTextHash(s.map.text),
      title: 'Ad',
      at: 1,
    };
    expect(lens([entry]).look(s)).toMatchObject({ dismissedAd: true, pub: { level: 'none' } });
    expect(lens([{ ...entry, site: 'other.example' }]).look(s).dismissedAd).toBe(false);
  });

  it('drops a dismissed term and weighs the ad again', () => {
    const s = state('Young new girls every week, happy ending, 24/7');
    const term = s.result.indicators.find((f) => f.category === 'massage-sex')!.term;
    const look = lens([{ kind: 'term', site: 'site.example', term, at: 1 }]).look(s);
    expect(look.result.indicators.some((f) => f.term === term)).toBe(false);
    expect(look.result.score).toBeLessThan(s.result.score);
    expect(look.pub.indicators).toEqual(look.result.indicators);
  });

  it('gives the page the same view without a Look when nothing is taken out (pub)', () => {
    const s = state('Natasha Petrova: young new girls every week, happy ending, 24/7');
    const term = s.result.indicators.find((f) => f.category === 'massage-sex')!.term;
    const hash = adTextHash(s.map.text);
    for (const l of [
      lens(),
      lens([], ['natasha petrova']),
      lens([{ kind: 'term', site: 'site.example', term, at: 1 }]),
      lens([{ kind: 'ad', site: 'site.example', hash, title: 'Ad', at: 1 }]),
    ]) {
      const { level, indicators } = l.pub(s);
      expect({ level, indicators }).toEqual(l.look(s).pub);
    }
    // The plain case is the engine's result itself: nothing is copied per ad.
    expect(lens().pub(s)).toBe(s.result);
  });
});

describe('the page colour scheme (content/page-scheme.ts)', () => {
  it('reads the page background, not the system', () => {
    document.body.style.background = 'rgb(18, 18, 18)';
    expect(pageScheme(document)).toBe('dark');
    document.body.style.background = 'rgb(255, 255, 255)';
    expect(pageScheme(document)).toBe('light');
    document.body.style.background = '';
  });
});
