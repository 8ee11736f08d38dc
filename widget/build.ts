/**
 * Builds the partner widget into dist/widget/ (or $LYKT_WIDGET_DIR) with Vite, one build per file:
 *   lykt-widget.js         classic script (IIFE): components, every card in nb and en
 *   lykt-widget.nb.js      the same with only the bokmål cards (en: lykt-widget.en.js)
 *   lykt-widget.mjs        the same as lykt-widget.js, as an ES module
 *   lykt-widget-scan.js    the engine, imported on first `for-text` / `Lykt.cardsFor`
 *   lykt-widget-partner.js DOMPurify + partner-card checks, imported on first partner card
 *   demo.html, demo.css, demo.js  the demo page (widget/demo.*), so the folder stands alone
 * IIFE output cannot be code-split, so the lazy files are separate builds.
 */
import { copyFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CARD_LANGS, type Card, type CardLang } from '../cards/types';
import { keepCardTogether } from './keep-together';
import {
  build,
  transformWithEsbuild,
  type InlineConfig,
  type LibraryFormats,
  type Plugin,
} from 'vite';
import { thirdPartyNotices } from '../tools/third-party-notices';

const root = resolve(import.meta.dirname, '..');
export const OUT_DIR = resolve(root, process.env.LYKT_WIDGET_DIR ?? 'dist/widget');

interface Target {
  entry: string;
  file: string;
  format: LibraryFormats;
  /** Stand in for DOMPurify (see purify-shim.ts) so it stays out of the first-paint files. */
  shimPurify: boolean;
  /** Only this language's cards (the other language's generated module becomes empty). */
  only?: CardLang;
}

const TARGETS: Target[] = [
  { entry: 'widget/main.ts', file: 'lykt-widget.js', format: 'iife', shimPurify: true },
  {
    entry: 'widget/main.ts',
    file: 'lykt-widget.nb.js',
    format: 'iife',
    shimPurify: true,
    only: 'nb',
  },
  {
    entry: 'widget/main.ts',
    file: 'lykt-widget.en.js',
    format: 'iife',
    shimPurify: true,
    only: 'en',
  },
  { entry: 'widget/module.ts', file: 'lykt-widget.mjs', format: 'es', shimPurify: true },
  { entry: 'widget/scan.ts', file: 'lykt-widget-scan.js', format: 'es', shimPurify: false },
  { entry: 'widget/partner.ts', file: 'lykt-widget-partner.js', format: 'es', shimPurify: false },
  { entry: 'widget/demo.ts', file: 'demo.js', format: 'iife', shimPurify: false },
];

/** Vite keeps whitespace in ES library output (for bundlers); these files go straight to browsers. */
const minifyEs: Plugin = {
  name: 'lykt-minify-es',
  apply: 'build',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      chunk.code = (
        await transformWithEsbuild(chunk.code, chunk.fileName, { minify: true, format: 'esm' })
      ).code;
    }
  },
};

/** Marks (in widget/*.ts) the functions the first card runs, for `eagerFirstPaint`. */
const EAGER = '/*! lykt:eager */';

interface AstNode {
  type: string;
  start: number;
  end: number;
  id?: { name: string } | null;
}

/** Every FunctionDeclaration in an ESTree, by its start offset. */
function functionDeclarations(
  node: unknown,
  out = new Map<number, AstNode>(),
): Map<number, AstNode> {
  if (Array.isArray(node)) for (const n of node) functionDeclarations(n, out);
  else if (node && typeof node === 'object') {
    const n = node as AstNode;
    if (n.type === 'FunctionDeclaration') out.set(n.start, n);
    for (const v of Object.values(n)) if (v && typeof v === 'object') functionDeclarations(v, out);
  }
  return out;
}

/**
 * V8 compiles a function lazily, on the main thread, the first time it runs, unless it is
 * wrapped in parentheses (the PIFE heuristic): then it is compiled with the script, off the main
 * thread while the file streams in. The functions marked `EAGER` (the first card's path: define,
 * mount, the card's HTML, the sheet) become `var f=(function(){…});` in the output; they are
 * all called after the bundle's top level has run (main.ts's start()), so none is needed hoisted.
 * Only these: `//# allFunctionsCalledOnLoad` compiled the whole file and made it slower.
 */
const eagerFirstPaint: Plugin = {
  name: 'lykt-eager-first-paint',
  apply: 'build',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.code.includes(EAGER)) continue;
      const code = chunk.code;
      const fns = functionDeclarations(this.parse(code));
      const edits: [number, number, string][] = [];
      for (let at = code.indexOf(EAGER); at >= 0; at = code.indexOf(EAGER, at + 1)) {
        let start = at + EAGER.length;
        while (/\s/.test(code[start]!)) start++;
        const fn = fns.get(start);
        if (!fn?.id)
          throw new Error(`${chunk.fileName}: ${EAGER} is not before a function declaration`);
        const [id, end] = [fn.id as AstNode & { name: string }, fn.end];
        edits.push([at, end, `var ${id.name}=(function${code.slice(id.end, end)});`]);
      }
      let out = code;
      for (const [a, b, text] of edits.reverse()) out = out.slice(0, a) + text + out.slice(b);
      chunk.code = out;
    }
  },
};

/** A plugin that writes the module whose path ends in `suffix` (build-time data, not code). */
function replaceModule(name: string, suffix: string, code: () => Promise<string>): Plugin {
  return { name, enforce: 'pre', load: (id) => (id.endsWith(suffix) ? code() : null) };
}

/** Build-time work the browser need not do: the widget's finished style sheet as one string. */
const precompute = replaceModule('lykt-precompute', 'widget/widget-css.ts', async () => {
  const { WIDGET_SHEET } = await import('./widget-css');
  return `export const WIDGET_SHEET = ${JSON.stringify(WIDGET_SHEET)};`;
});

/**
 * widget/card-store.ts as each card's JSON text (keep-together spaces applied), parsed on first
 * use: the first paint parses one card, not every card of every language in the file.
 */
function cardStore(langs: readonly CardLang[]): Plugin {
  return replaceModule('lykt-card-store', 'widget/card-store.ts', async () => {
    const byLang: [CardLang, [string, string][]][] = [];
    for (const lang of langs) {
      const { CARDS } = (await import(`../cards/generated/${lang}.ts`)) as { CARDS: Card[] };
      const raw = CARDS.map(keepCardTogether).map(
        (c) => [c.id, JSON.stringify(c).replace(/>\\n</g, '><')] as [string, string],
      );
      byLang.push([lang, raw]);
    }
    const table = byLang.map(
      ([l, cards]) => `[${JSON.stringify(l)},new Map(${JSON.stringify(cards)})]`,
    );
    return [
      `const RAW = new Map([${table.join(',')}]);`,
      'const parsed = new Map();',
      `${EAGER}\nexport function getCard(id, lang) {`,
      '  const raw = RAW.get(lang)?.get(id);',
      '  if (raw === undefined) return undefined;',
      '  let card = parsed.get(raw);',
      '  if (!card) parsed.set(raw, (card = JSON.parse(raw)));',
      '  return card;',
      '}',
      'export const allCards = (lang) => [...(RAW.get(lang)?.keys() ?? [])].map((id) => getCard(id, lang));',
      `export const STORED_LANGS = ${JSON.stringify(langs)};`,
    ].join('\n');
  });
}

/** CardTabs' cards from card-html.ts, the widget's one card renderer (see InfoCardHtml.tsx). */
const ownInfoCard: Plugin = {
  name: 'lykt-own-info-card',
  enforce: 'pre',
  resolveId(id, importer) {
    if (id === './InfoCard' && importer?.endsWith('components/CardTabs.tsx'))
      return resolve(root, 'widget/InfoCardHtml.tsx');
    return null;
  },
};

/** The UI strings of CardSections and CardTabs (the e2e tests render every card and tabs). */
const CARD_UI_KEYS = ['whatYouCanDo', 'sources', 'opensNewTab', 'cardsLabel'] as const;

/** In a one-language file, the reader-facing notices of that language only. */
function onlyLang(lang: CardLang): Plugin {
  return replaceModule('lykt-only-lang', 'widget/notices.ts', async () => {
    const { MESSAGES } = await import('./notices');
    return `export const MESSAGES = ${JSON.stringify({ [lang]: MESSAGES[lang] })};`;
  });
}

/** The components' UI strings of the file's languages, and only those a card shows. */
function cardUiStrings(langs: readonly CardLang[]): Plugin {
  return replaceModule('lykt-card-ui-strings', 'components/i18n.ts', async () => {
    const { UI_STRINGS } = await import('../components/i18n');
    const table = langs.map((l) => [
      l,
      Object.fromEntries(CARD_UI_KEYS.map((k) => [k, UI_STRINGS[l][k]])),
    ]);
    const strings = JSON.stringify(Object.fromEntries(table));
    return `export const UI_STRINGS = ${strings};\nexport const t = (lang, key) => UI_STRINGS[lang][key];`;
  });
}

function configFor(t: Target, first: boolean): InlineConfig {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    esbuild: {
      jsx: 'automatic',
      jsxImportSource: 'preact',
      // Keeps the `EAGER` marks in place for eagerFirstPaint (which removes them).
      ...(t.shimPurify ? { legalComments: 'inline' as const } : {}),
    },
    plugins: [
      precompute,
      cardStore(t.only ? [t.only] : CARD_LANGS),
      ...(t.format === 'es' ? [minifyEs] : []),
      ...(t.only ? [onlyLang(t.only)] : []),
      ...(t.shimPurify ? [ownInfoCard, cardUiStrings(t.only ? [t.only] : CARD_LANGS)] : []),
      eagerFirstPaint,
      thirdPartyNotices(),
    ],
    resolve: {
      alias: t.shimPurify
        ? [{ find: /^dompurify$/, replacement: resolve(root, 'widget/purify-shim.ts') }]
        : [],
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: OUT_DIR,
      emptyOutDir: first,
      target: 'es2022',
      minify: 'esbuild',
      sourcemap: false,
      copyPublicDir: false,
      lib: {
        entry: resolve(root, t.entry),
        formats: [t.format],
        name: 'LyktWidget',
        fileName: () => t.file,
      },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  };
}

/** Builds every file, or only those named (e.g. `lykt-widget.js`). */
export async function buildWidget(only: string[] = []): Promise<void> {
  const targets = TARGETS.filter((t) => only.length === 0 || only.includes(t.file));
  for (const [i, t] of targets.entries()) await build(configFor(t, i === 0 && only.length === 0));
  for (const f of ['demo.html', 'demo.css'])
    await copyFile(resolve(root, 'widget', f), resolve(OUT_DIR, f));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = performance.now();
  await buildWidget(process.argv.slice(2));
  console.log(`lykt widget built in ${Math.round(performance.now() - t0)} ms → ${OUT_DIR}`);
}
