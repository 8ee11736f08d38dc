import { describe, expect, it } from 'vitest';
import { allCards } from '../../cards/index';
import { HOST_CSS } from '../../components/styles';
import { keepCardTogether, keepTogether, quoteTerms } from '../../widget/keep-together';
import { lightDark, WIDGET_SHEET } from '../../widget/widget-css';

const NB = '\u00a0';

describe('keep-together spaces (build time)', () => {
  it('joins phone numbers, percentages and paragraph numbers, nothing else', () => {
    expect(keepTogether('Ring 22 33 11 60 nå')).toBe(`Ring 22${NB}33${NB}11${NB}60 nå`);
    expect(keepTogether('omtrent 15 % og 90 ‰')).toBe(`omtrent 15${NB}% og 90${NB}‰`);
    expect(keepTogether('straffeloven § 257')).toBe(`straffeloven §${NB}257`);
    expect(keepTogether('Call 112 in an emergency')).toBe('Call 112 in an emergency');
  });

  it('changes card text but never a tag or an attribute', () => {
    const card = keepCardTogether({
      id: 'x',
      lang: 'nb',
      title: 'T',
      summary: 'Ring 22 33 11 60.',
      bodyHtml: '<p><a href="tel:22 33 11 60">22 33 11 60</a></p>',
      actionsHtml: '<ul><li>15 %</li></ul>',
      sources: [{ name: 'Rapport 2023', publisher: 'Støttesenter mot menneskehandel' }],
    });
    expect(card.bodyHtml).toBe(`<p><a href="tel:22 33 11 60">22${NB}33${NB}11${NB}60</a></p>`);
    expect(card.actionsHtml).toBe(`<ul><li>15${NB}%</li></ul>`);
    expect(card.sources[0]!.publisher).toBe(`Støttesenter${NB}mot${NB}menneskehandel`);
  });

  it('leaves every real card’s words and tags as they were, bar the spaces and quoted terms', () => {
    for (const lang of ['nb', 'en'] as const)
      for (const c of allCards(lang)) {
        const k = keepCardTogether(c);
        expect(k.bodyHtml.replaceAll(NB, ' ')).toBe(quoteTerms(c.bodyHtml, lang));
        expect(k.actionsHtml.replaceAll(NB, ' ')).toBe(quoteTerms(c.actionsHtml, lang));
        expect(k.summary.replaceAll(NB, ' ')).toBe(c.summary);
        // No italic left for the widget to draw (a fourth font strike on first paint).
        expect(k.bodyHtml + k.actionsHtml).not.toMatch(/<(em|i|cite)\b/);
      }
  });

  it('quotes italic terms and unlinked source titles in the card’s language', () => {
    expect(quoteTerms('<p>a <em>bakperson</em>, <em>Tips politiet</em></p>', 'nb')).toBe(
      '<p>a «bakperson», «Tips politiet»</p>',
    );
    expect(quoteTerms('<p>a <em>bakperson</em></p>', 'en')).toBe('<p>a “bakperson”</p>');
    // Only plain text inside: anything else keeps its element.
    expect(quoteTerms('<em><a href="x">y</a></em>', 'en')).toBe('<em><a href="x">y</a></em>');
    const card = keepCardTogether({
      ...allCards('nb')[0]!,
      sources: [
        { name: 'Hvem står bak?', publisher: 'Politiet' },
        { name: 'ROSA', publisher: 'ROSA', url: 'https://rosa-help.no' },
      ],
    });
    expect(card.sources.map((s) => s.name)).toEqual(['«Hvem står bak?»', 'ROSA']);
  });
});

describe('widget style sheet', () => {
  it('turns the light and dark palettes into light-dark() values', () => {
    expect(lightDark(HOST_CSS)).toContain('--lykt-bg:light-dark(#ffffff,#1d1f23)');
    expect(WIDGET_SHEET).not.toContain('prefers-color-scheme');
    expect(WIDGET_SHEET).toContain('color-scheme:inherit!important');
  });

  it('leaves out the extension’s own surfaces', () => {
    expect(WIDGET_SHEET).not.toMatch(/lykt-(badge|popover|indicator)/);
    expect(WIDGET_SHEET).toContain('.lykt-card{');
  });

  it('sets no italic (the cards quote instead)', () => {
    expect(WIDGET_SHEET).not.toContain('italic');
    expect(WIDGET_SHEET).toContain('cite{font-style:normal}');
  });
});
