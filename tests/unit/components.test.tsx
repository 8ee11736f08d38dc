import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allCards, CARD_LANGS } from '../../cards/index';
import type { Finding } from '../../indicators/types';
import { IndicatorList } from '../../components/IndicatorList';
import { InfoCard } from '../../components/InfoCard';
import { LevelBadge } from '../../components/LevelBadge';
import { UI_STRINGS } from '../../components/i18n';

let root: HTMLElement;
function mount(vnode: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('InfoCard', () => {
  it.each(CARD_LANGS)('renders every %s card with its parts and lang', (lang) => {
    for (const card of allCards(lang)) {
      const el = mount(<InfoCard card={card} headingLevel={3} />);
      const article = el.querySelector('article')!;
      expect(article.getAttribute('lang')).toBe(lang);
      expect(el.querySelector('h3')!.textContent).toBe(card.title);
      expect(article.getAttribute('aria-labelledby')).toBe(el.querySelector('h3')!.id);
      expect(el.textContent).toContain(card.summary);
      expect(el.querySelectorAll('h4')).toHaveLength(2);
      expect(el.querySelector('.lykt-card-body p')).not.toBeNull();
      expect(el.querySelectorAll('.lykt-card-actions li').length).toBeGreaterThan(0);
      expect(el.querySelectorAll('.lykt-card-sources li')).toHaveLength(card.sources.length);
      for (const a of el.querySelectorAll('.lykt-card-sources a')) {
        expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      }
      render(null, root);
      root.remove();
    }
  });
});

describe('IndicatorList', () => {
  const hostile = '<img src=x onerror="alert(1)">';
  const findings: Finding[] = [
    { category: 'youth', term: 'young', match: 'YOUNG', start: 0, end: 5, weight: 2 },
    { category: 'third-party', term: 'our girls', match: hostile, start: 6, end: 36, weight: 2 },
    { category: 'youth', term: 'young', match: 'YOUNG', start: 40, end: 45, weight: 2 },
    { category: 'youth', term: 'fresh', match: 'fresh', start: 50, end: 55, weight: 1 },
  ];

  it('groups words by category, de-duplicated, with label, why and limits', () => {
    const el = mount(<IndicatorList findings={findings} lang="en" />);
    const items = [...el.querySelectorAll('li.lykt-indicator')];
    expect(items.map((li) => li.getAttribute('data-category'))).toEqual(['youth', 'third-party']);
    expect([...items[0]!.querySelectorAll('q')].map((q) => q.textContent)).toEqual([
      'YOUNG',
      'fresh',
    ]);
    expect(items[0]!.textContent).toContain('youth');
    expect(items[0]!.querySelectorAll('dd')).toHaveLength(2);
  });

  it('lists a word once when its matches differ only by invisible characters, spacing or case', () => {
    const f = (match: string, start: number): Finding => ({
      category: 'risky-services',
      term: 'happy ending',
      match,
      start,
      end: start + match.length,
      weight: 2,
    });
    const hidden = [
      f('happy ending', 0),
      f('happy\u200b end\u00ading', 20),
      f('Happy  Ending', 40),
    ];
    const el = mount(<IndicatorList findings={hidden} lang="en" />);
    expect([...el.querySelectorAll('q')].map((q) => q.textContent)).toEqual(['happy ending']);
  });

  it('renders page text as text, never as HTML', () => {
    const el = mount(<IndicatorList findings={findings} lang="nb" />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('[data-category="third-party"] q')!.textContent).toBe(hostile);
  });

  it('says so when there is nothing', () => {
    expect(mount(<IndicatorList findings={[]} lang="nb" />).textContent).toBe(
      'Ingen indikatorer funnet.',
    );
  });
});

describe('LevelBadge', () => {
  it('is a button named by level, words and signs, then the signs by name', () => {
    const onActivate = vi.fn();
    const el = mount(
      <LevelBadge
        level="medium"
        words={3}
        categories={['youth', 'third-party']}
        lang="en"
        onActivate={onActivate}
      />,
    );
    const button = el.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe(
      'Medium · 3 words · 2 signs: youth, third party',
    );
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.getAttribute('aria-label')!.startsWith(button.textContent!.trim())).toBe(true);
    button.click();
    expect(onActivate).toHaveBeenCalledOnce();
  });

  it('speaks Norwegian and singular', () => {
    const el = mount(
      <LevelBadge level="high" words={1} categories={['youth']} lang="nb" expanded />,
    );
    const button = el.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Høyt · 1 ord · 1 tegn: ung alder');
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('UI strings', () => {
  it('has the same, non-empty keys in both languages', () => {
    expect(Object.keys(UI_STRINGS.nb).sort()).toEqual(Object.keys(UI_STRINGS.en).sort());
    for (const lang of CARD_LANGS)
      for (const v of Object.values(UI_STRINGS[lang])) expect(v.trim()).not.toBe('');
  });
});
