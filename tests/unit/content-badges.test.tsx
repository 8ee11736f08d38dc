import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { badgeName, LevelBadge } from '../../components/LevelBadge';
import { staticBadge } from '../../content/badge-static';
import { Badges } from '../../content/badges';
import type { AdState } from '../../content/scanner';
import { extractText } from '../../content/text';
import { createEngine } from '../../indicators';
import type { Category, Level } from '../../indicators/types';

const engine = createEngine({ langs: ['en'] });

function adState(text: string): AdState {
  document.body.innerHTML = `<article><h2><a href="/a">Ad</a></h2><p>${text}</p></article>`;
  const el = document.querySelector('article')!;
  const target = { el, title: el.querySelector('h2'), roots: [el] };
  const map = extractText(target.roots);
  const base = engine.scan({ text: map.text });
  return { target, map, base, result: base };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('static badges (before first use)', () => {
  it.each([
    ['high', ['youth', 'third-party'], 'nb'],
    ['medium', ['massage-sex'], 'en'],
  ] as [Level, Category[], 'nb' | 'en'][])(
    'have exactly the markup LevelBadge renders (%s)',
    (level, categories, lang) => {
      const viaPreact = document.createElement('div');
      render(
        <LevelBadge level={level} count={categories.length} categories={categories} lang={lang} />,
        viaPreact,
      );
      const wrap = staticBadge(document, level, categories, lang);
      expect(wrap.className).toBe('lykt-badge-wrap');
      expect(wrap.innerHTML).toBe(viaPreact.innerHTML);
      expect(wrap.querySelector('button')!.getAttribute('aria-label')).toBe(
        badgeName(categories.length, categories, level, lang),
      );
    },
  );

  it('turn into the live badge on first click: same button, popover opens, Escape closes', async () => {
    const state = adState('Young new girls every week, happy ending, 24/7');
    expect(state.result.level).toBe('high');
    const view = new Badges({
      doc: document,
      lang: 'en',
      badgeLevel: 'medium',
      loadCards: () => Promise.resolve([]),
      save: () => Promise.resolve({ ok: false, error: 'not in this test' }),
    });
    view.show(state);
    const host = document.querySelector('lykt-badge')!;
    const button = host.shadowRoot!.querySelector<HTMLButtonElement>('button.lykt-badge')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(host.shadowRoot!.querySelector('[role="dialog"]')).toBeNull();
    // A click that bubbles out of the badge must not reach the ad's own handlers.
    let reachedAd = 0;
    state.target.el.addEventListener('click', () => reachedAd++);
    button.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(host.shadowRoot!.querySelector('button.lykt-badge')).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(host.shadowRoot!.querySelector('[role="dialog"]')).not.toBeNull();
    expect(reachedAd).toBe(0);
    view.destroy();
    expect(document.querySelector('lykt-badge')).toBeNull();
  });
});
