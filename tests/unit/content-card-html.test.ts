// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { allCards } from '../../cards';
import { cardFragment } from '../../content/card-html';

const html = (s: string) => {
  const div = document.createElement('div');
  div.append(cardFragment(s));
  return div.innerHTML;
};

describe('card HTML in the content script (allowlist over an inert template)', () => {
  it('keeps the markdown subset and makes links safe', () => {
    expect(
      html(
        '<p>Ring <strong>112</strong> <a href="https://www.politiet.no" class="x">politiet</a></p>',
      ),
    ).toBe(
      '<p>Ring <strong>112</strong> <a href="https://www.politiet.no" target="_blank" rel="noopener noreferrer">politiet</a></p>',
    );
  });

  it('drops scripts, handlers, unsafe URLs and unknown tags (keeping their text)', () => {
    const out = html(
      '<p onclick="x()">a<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">b</a><span style="color:red">c</span></p><style>*{}</style><iframe src="https://x"></iframe>',
    );
    expect(out).toBe('<p>a<a>b</a>c</p>');
  });

  it('leaves every real card intact', () => {
    for (const lang of ['nb', 'en'] as const) {
      for (const card of allCards(lang)) {
        const div = document.createElement('div');
        div.innerHTML = card.bodyHtml;
        expect(html(card.bodyHtml), card.id).toBe(div.innerHTML);
      }
    }
  });
});
