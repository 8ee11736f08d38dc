/**
 * `npm run export:cards`: the cards for pages that cannot run a script (CMS, newsletters, AMP).
 * Writes to $LYKT_EXPORT_DIR (default dist/cards):
 *   snippets/{lang}/{id}.{light|dark}.html  one card as an HTML fragment: inline styles on every
 *                                          element (no class, no <style>, no script), so it
 *                                          survives CMS and e-mail filters that strip the rest
 *   card.html?card=…&lang=…[&theme=…]       an iframe-able page: strict CSP, no cookies, no
 *                                          storage, nothing fetched but its own files
 * The snippet is written here, not rendered from the Preact components: every element needs its
 * style attribute, which a component render cannot give. Same structure, same texts.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { allCards } from '../cards/index';
import { CARD_LANGS, type Card } from '../cards/types';
import { HOST_CSS } from '../components/styles';
import { UI_STRINGS } from '../components/i18n';
import { buildWidget, OUT_DIR as WIDGET_DIR } from './build';
import { keepCardTogether } from './keep-together';
import { declarations, palettes } from './widget-css';

const root = resolve(import.meta.dirname, '..');
export const EXPORT_DIR = resolve(root, process.env.LYKT_EXPORT_DIR ?? 'dist/cards');
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The page's Content-Security-Policy (as a meta tag: static hosts cannot all send headers). */
export const CARD_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function palette(theme: Theme): Record<string, string> {
  const { light, dark } = palettes(HOST_CSS);
  const vars = Object.fromEntries(declarations(light));
  if (theme === 'dark') Object.assign(vars, Object.fromEntries(declarations(dark)));
  return vars;
}

/** Inline styles per element kind, from the same palette as the widget. */
function styles(theme: Theme) {
  const v = palette(theme);
  const font = v['--lykt-font']!.replace(/"/g, "'");
  // Inherited properties a page may set on the very tags: reset on each, not only on the card.
  const plain = 'text-transform:none;letter-spacing:normal;word-spacing:normal;text-indent:0;';
  const text = `margin:0 0 0.6em;padding:0;color:${v['--lykt-fg']};font:inherit;${plain}`;
  return {
    card: `box-sizing:border-box;max-width:40em;margin:0 0 1em;padding:1em 1.1em 0.6em;background:${v['--lykt-bg']};color:${v['--lykt-fg']};border:1px solid ${v['--lykt-border']};border-radius:${v['--lykt-radius']};font-family:${font};font-size:${v['--lykt-size']};line-height:1.45;text-align:start;color-scheme:${theme};${plain}`,
    title: `margin:0 0 0.3em;padding:0;font-family:inherit;font-size:1.2em;font-weight:600;line-height:1.25;color:${v['--lykt-fg']};${plain}`,
    sub: `margin:0 0 0.6em;padding:0;font-family:inherit;font-size:1em;font-weight:600;line-height:1.25;color:${v['--lykt-fg']};${plain}`,
    summary: `${text}font-weight:600;`,
    p: text,
    list: `${text}padding-inline-start:1.3em;list-style:disc outside;`,
    li: `margin:0;padding:0;color:inherit;display:list-item;`,
    a: `color:${v['--lykt-accent']};text-decoration:underline;`,
    strong: 'font-weight:600;color:inherit;',
    em: 'font-style:italic;color:inherit;',
    section: `margin:0;padding:0.6em 0 0;border:0;border-top:1px solid ${v['--lykt-border']};`,
    sources: `margin:0;padding:0.6em 0 0;border:0;border-top:1px solid ${v['--lykt-border']};color:${v['--lykt-muted']};`,
  };
}

type Styles = ReturnType<typeof styles>;

/** Card HTML (build-time, the markdown subset) with a style on every tag; links open a new tab. */
function styleHtml(html: string, s: Styles): string {
  const byTag: Record<string, string> = {
    p: s.p,
    ul: s.list,
    ol: s.list,
    li: s.li,
    a: s.a,
    strong: s.strong,
    em: s.em,
  };
  return html.replace(/<(p|ul|ol|li|a|strong|em)(\s[^>]*)?>/g, (_, tag: string, attrs = '') => {
    const extra = tag === 'a' ? ' target="_blank" rel="noopener noreferrer"' : '';
    return `<${tag}${attrs}${extra} style="${byTag[tag]}">`;
  });
}

/** One card as a self-contained HTML fragment. */
export function cardSnippet(input: Card, theme: Theme): string {
  const card = keepCardTogether(input);
  const s = styles(theme);
  const ui = UI_STRINGS[card.lang];
  const id = `lykt-${card.id}-${card.lang}-${theme}`;
  const sources = card.sources
    .map((src) => {
      const name = src.url
        ? `<a href="${esc(src.url)}" target="_blank" rel="noopener noreferrer" style="${s.a}">${esc(src.name)}</a>`
        : `<cite style="font-style:normal;">${esc(src.name)}</cite>`;
      return `<li style="${s.li}">${name} (${esc(src.publisher)})</li>`;
    })
    .join('');
  return [
    `<!-- Lykt: "${card.id}" (${card.lang}, ${theme}). From npm run export:cards; no script. -->`,
    `<article lang="${card.lang}" aria-labelledby="${id}" style="${s.card}">`,
    `<h2 id="${id}" style="${s.title}">${esc(card.title)}</h2>`,
    `<p style="${s.summary}">${esc(card.summary)}</p>`,
    styleHtml(card.bodyHtml, s),
    `<section style="${s.section}"><h3 style="${s.sub}">${esc(ui.whatYouCanDo)}</h3>${styleHtml(card.actionsHtml, s)}</section>`,
    `<section style="${s.sources}"><h3 style="${s.sub}">${esc(ui.sources)}</h3><ul style="${s.list}color:inherit;">${sources}</ul></section>`,
    `</article>`,
    '',
  ]
    .join('\n')
    .replaceAll('\u00a0', '&nbsp;'); // survives a CMS that is not UTF-8
}

const CARD_PAGE = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${CARD_PAGE_CSP}" />
    <meta name="referrer" content="no-referrer" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Lykt</title>
    <link rel="stylesheet" href="card.css" />
  </head>
  <body>
    <main>
      <h1 class="lykt-page-title">Lykt</h1>
      <lykt-card id="card" heading-level="2"></lykt-card>
    </main>
    <script src="card.js"></script>
    <script src="lykt-widget.js"></script>
  </body>
</html>
`;

/** Reads ?card=…&lang=…&theme=… into the element before the widget defines it. */
const CARD_JS = `(() => {
  const q = new URLSearchParams(location.search);
  const el = document.getElementById('card');
  for (const name of ['card', 'lang', 'theme']) {
    const v = q.get(name);
    if (v) el.setAttribute(name, v);
  }
  if (q.get('lang') === 'en') document.documentElement.lang = 'en';
})();
`;

const CARD_CSS = `html, body { margin: 0; padding: 0; background: transparent; }
.lykt-page-title { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
lykt-card { margin: 0; }
`;

/** Writes every snippet and the iframe page; returns the files written (relative paths). */
export async function exportCards(dir = EXPORT_DIR): Promise<string[]> {
  const written: string[] = [];
  for (const lang of CARD_LANGS) {
    await mkdir(resolve(dir, 'snippets', lang), { recursive: true });
    for (const card of allCards(lang)) {
      for (const theme of THEMES) {
        const rel = `snippets/${lang}/${card.id}.${theme}.html`;
        await writeFile(resolve(dir, rel), cardSnippet(card, theme));
        written.push(rel);
      }
    }
  }
  if (!existsSync(resolve(WIDGET_DIR, 'lykt-widget.js'))) await buildWidget(['lykt-widget.js']);
  await copyFile(resolve(WIDGET_DIR, 'lykt-widget.js'), resolve(dir, 'lykt-widget.js'));
  await writeFile(resolve(dir, 'card.html'), CARD_PAGE);
  await writeFile(resolve(dir, 'card.js'), CARD_JS);
  await writeFile(resolve(dir, 'card.css'), CARD_CSS);
  written.push('card.html', 'card.js', 'card.css', 'lykt-widget.js');
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await exportCards();
  console.log(`wrote ${files.length} files → ${EXPORT_DIR}`);
}
