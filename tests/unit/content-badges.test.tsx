import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { badgeName, LevelBadge } from '../../components/LevelBadge';
import { staticBadge } from '../../content/badge-static';
import { isBadgeHost } from '../../content/badge-host';
import { badges } from './content-setup';
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
      render(<LevelBadge level={level} words={5} categories={categories} lang={lang} />, viaPreact);
      const wrap = staticBadge(document, level, 5, categories, lang);
      expect(wrap.className).toBe('lykt-badge-wrap');
      expect(wrap.innerHTML).toBe(viaPreact.innerHTML);
      expect(wrap.querySelector('button')!.getAttribute('aria-label')).toBe(
        badgeName(level, 5, categories, lang),
      );
    },
  );

  const tick = () => new Promise((r) => setTimeout(r, 0));

  it('turn into the live badge on first click: same button, popover opens, Escape closes', async () => {
    const state = adState('Young new girls every week, happy ending, 24/7');
    expect(state.result.level).toBe('high');
    const view = badges(() => true);
    view.show(state);
    view.commit();
    // Inline in the ad, or in Lykt's layer beside its title link (issue 19.14).
    const host = view.rootOf(state.target.el)!.host;
    expect(isBadgeHost(host)).toBe(true);
    expect(host.isConnected).toBe(true);
    expect(host.shadowRoot).toBeNull();
    const root = view.rootOf(state.target.el)!;
    const button = root.querySelector<HTMLButtonElement>('button.lykt-badge')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    // A click that bubbles out of the badge must not reach the ad's own handlers.
    let reachedAd = 0;
    state.target.el.addEventListener('click', () => reachedAd++);
    // The popover's code loads on this first click; the popover opens once it is in.
    button.click();
    expect(reachedAd).toBe(0);
    await vi.waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
    expect(root.querySelector('button.lykt-badge')).toBe(button);
    expect(root.querySelector('[role="dialog"]')).not.toBeNull();
    expect(reachedAd).toBe(0);
    view.destroy();
    expect(host.isConnected).toBe(false);
  });

  it('ignore untrusted clicks: the popover stays shut and nothing is saved', async () => {
    const state = adState('Young new girls every week, happy ending, 24/7');
    const view = badges();
    view.show(state);
    view.commit();
    const root = view.rootOf(state.target.el)!;
    const button = root.querySelector<HTMLButtonElement>('button.lykt-badge')!;
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await tick();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    view.destroy();
  });

  it('do not depend on a tag name the page can define', () => {
    let constructed = 0;
    customElements.define(
      'lykt-badge',
      class extends HTMLElement {
        constructor() {
          super();
          constructed++;
          throw new Error('page-defined lykt-badge');
        }
      },
    );
    const state = adState('Young new girls every week, happy ending, 24/7');
    const view = badges();
    view.show(state);
    view.commit();
    expect(view.size).toBe(1);
    expect(view.rootOf(state.target.el)!.querySelector('button.lykt-badge')).not.toBeNull();
    expect(constructed).toBe(0);
    view.destroy();
  });
});
