// @vitest-environment jsdom
// DOMPurify does not sanitize under happy-dom, so these run under jsdom.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { allCards, CARD_LANGS } from '../../cards/index';
import { InfoCard } from '../../components/InfoCard';
import { sanitizeCardHtml } from '../../components/sanitize';

describe('sanitizeCardHtml', () => {
  it('removes scripts', () => {
    expect(sanitizeCardHtml('<p>a<script>alert(1)</script>b</p>')).toBe('<p>ab</p>');
  });

  it('removes event handlers and tags outside the subset', () => {
    const out = sanitizeCardHtml(
      '<p onclick="x()">hi<img src=x onerror="alert(1)"><iframe src="https://e.org"></iframe></p>',
    );
    expect(out).toBe('<p>hi</p>');
  });

  it('removes javascript: and data: links but keeps the text', () => {
    expect(sanitizeCardHtml('<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(sanitizeCardHtml('<a href=" JaVaScRiPt:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(sanitizeCardHtml('<a href="data:text/html,<b>">x</a>')).toBe('<a>x</a>');
  });

  it('keeps safe links and opens them without an opener', () => {
    expect(sanitizeCardHtml('<a href="https://rosa-help.no" style="color:red">ROSA</a>')).toBe(
      '<a href="https://rosa-help.no" target="_blank" rel="noopener noreferrer">ROSA</a>',
    );
  });

  it('leaves every compiled card as it is', () => {
    // Serialise through the DOM too, so entity spelling (&#39; vs ') does not count.
    const serialise = (html: string) => {
      const div = document.createElement('div');
      div.innerHTML = html;
      return div.innerHTML;
    };
    for (const lang of CARD_LANGS) {
      for (const card of allCards(lang)) {
        expect(sanitizeCardHtml(card.bodyHtml)).toBe(serialise(card.bodyHtml));
        expect(sanitizeCardHtml(card.actionsHtml)).toBe(serialise(card.actionsHtml));
      }
    }
  });
});

describe('InfoCard with untrusted partner HTML', () => {
  it('renders it sanitized', () => {
    const base = allCards('en')[0]!;
    const card = {
      ...base,
      bodyHtml: '<p>Body<script>window.pwned=1</script><img src=x onerror="window.pwned=1"></p>',
      actionsHtml: '<ul><li><a href="javascript:window.pwned=1" onmouseover="x()">go</a></li></ul>',
    };
    const root = document.createElement('div');
    render(<InfoCard card={card} />, root);
    expect(root.querySelector('script, img, [onerror], [onmouseover]')).toBeNull();
    expect(root.querySelector('.lykt-card-body')!.innerHTML).toBe('<p>Body</p>');
    expect(root.querySelector('.lykt-card-actions a')!.hasAttribute('href')).toBe(false);
  });
});
