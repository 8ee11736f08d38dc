import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generatedPath, renderModule } from '../../cards/build-cards';
import { compileCard } from '../../cards/compile';
import { CARD_LANGS } from '../../cards/types';

const head =
  '---\ntitle: T\nsummary: A summary.\nsource: Name | Publisher | https://example.org\n---\n';

describe('card compiler', () => {
  it.each(CARD_LANGS)(
    'committed cards/generated/%s.ts is up to date (run npm run build:cards)',
    async (lang) => {
      expect(await readFile(generatedPath(lang), 'utf8')).toBe(await renderModule(lang));
    },
  );

  it('compiles the markdown subset', () => {
    const card = compileCard(
      'x',
      'en',
      `${head}Some **bold** and *em* [link](https://a.example).\n<!-- actions -->\n- one\n- two\n`,
    );
    expect(card.bodyHtml).toBe(
      '<p>Some <strong>bold</strong> and <em>em</em> <a href="https://a.example">link</a>.</p>',
    );
    expect(card.actionsHtml).toBe('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(card.sources).toEqual([
      { name: 'Name', publisher: 'Publisher', url: 'https://example.org' },
    ]);
  });

  it('turns raw HTML into text', () => {
    const card = compileCard(
      'x',
      'en',
      `${head}<script>alert(1)</script>\n\nok\n<!-- actions -->\n- a\n`,
    );
    expect(card.bodyHtml).not.toContain('<script');
    expect(card.bodyHtml).toContain('&lt;script&gt;');
  });

  it('rejects what is outside the subset or incomplete', () => {
    expect(() => compileCard('x', 'en', `${head}# Heading\n<!-- actions -->\n- a\n`)).toThrow(
      /<h1>/,
    );
    expect(() => compileCard('x', 'en', `${head}Body only\n`)).toThrow(/actions/);
    expect(() => compileCard('x', 'en', 'no front matter')).toThrow(/front matter/);
    expect(() =>
      compileCard('x', 'en', head.replace(/source:.*\n/, '') + 'b\n<!-- actions -->\n- a'),
    ).toThrow(/source/);
    expect(() =>
      compileCard(
        'x',
        'en',
        head.replace('https://example.org', 'javascript:x') + 'b\n<!-- actions -->\n- a',
      ),
    ).toThrow(/https/);
  });
});
