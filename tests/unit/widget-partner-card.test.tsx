// @vitest-environment jsdom
// DOMPurify only sanitizes in a real DOM implementation: jsdom here, Chromium in e2e.
import DOMPurify from 'dompurify';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { InfoCard } from '../../components/InfoCard';
import { toPartnerCard } from '../../widget/partner-card';
import shim from '../../widget/purify-shim';

const HOSTILE = {
  title: 'Helpline',
  summary: 'Call us.',
  html:
    '<p>Call <strong>22 00 00 00</strong>.</p><script>window.pwned = 1</script>' +
    '<img src="x" onerror="window.pwned = 2"><p onclick="window.pwned = 3">Click</p>' +
    '<a href="javascript:window.pwned = 4">js link</a><a href="https://example.org/">ok link</a>' +
    '<svg><a xlink:href="javascript:alert(1)">svg</a></svg><iframe src="https://evil.example"></iframe>',
  actions: '<ul><li onmouseover="x()">Save the number</li></ul>',
  sources: [
    { name: 'Good', publisher: 'NGO', url: 'https://example.org/' },
    { name: 'Bad', publisher: 'NGO', url: 'javascript:alert(1)' },
  ],
};

describe('partner cards', () => {
  it('removes script, event handlers and javascript: URLs, keeps text and safe links', () => {
    const card = toPartnerCard(HOSTILE, 'en', DOMPurify);
    const html = card.bodyHtml + card.actionsHtml;
    for (const bad of [
      '<script',
      'onerror',
      'onclick',
      'onmouseover',
      'javascript:',
      '<img',
      '<iframe',
      '<svg',
    ]) {
      expect(html).not.toContain(bad);
    }
    expect(card.bodyHtml).toContain('<strong>22 00 00 00</strong>');
    expect(card.bodyHtml).toContain('href="https://example.org/"');
    expect(card.sources.map((s) => s.url)).toEqual(['https://example.org/', undefined]);
  });

  it('renders inertly through InfoCard: nothing runs, no handler or javascript: link in the DOM', () => {
    const root = document.createElement('div');
    render(<InfoCard card={toPartnerCard(HOSTILE, 'en', DOMPurify)} />, root);
    const all = [...root.querySelectorAll('*')];
    expect(root.querySelectorAll('script, img, iframe, svg').length).toBe(0);
    expect(
      all.flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')),
    ).toEqual([]);
    expect(all.some((el) => /javascript:/i.test(el.getAttribute('href') ?? ''))).toBe(false);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
    expect(root.textContent).toContain('Save the number');
  });

  it('refuses malformed input with a reason', () => {
    expect(() => toPartnerCard(null, 'en', DOMPurify)).toThrow('not an object');
    expect(() => toPartnerCard({ summary: 's', html: '' }, 'en', DOMPurify)).toThrow(
      'title missing',
    );
    expect(() => toPartnerCard({ ...HOSTILE, html: 'x'.repeat(60_000) }, 'en', DOMPurify)).toThrow(
      'longer',
    );
    expect(() => toPartnerCard({ ...HOSTILE, sources: 'nope' }, 'en', DOMPurify)).toThrow(
      'sources',
    );
  });
});

describe("the widget's DOMPurify stand-in", () => {
  it('renders untrusted HTML as text until the real DOMPurify is loaded', () => {
    const out = shim.sanitize('<img src=x onerror=alert(1)>');
    const root = document.createElement('div');
    root.innerHTML = out;
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
