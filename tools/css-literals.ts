/**
 * Packs the CSS the content script carries as template literals (components/styles.ts,
 * content/badge-css.ts): their line breaks and indents were 113 bytes of the 40 KB content
 * script after gzip (issue 5), room the engine needs. Only whitespace around `{ } ; , >`, after
 * `:`, and runs of it go; the sources stay readable.
 */
import type { Plugin } from 'vite';

const FILES = /[\\/](?:components[\\/]styles|content[\\/]badge-css)\.ts$/;

/** One CSS text with its insignificant whitespace dropped (`${…}` interpolations kept). */
export const packCss = (css: string): string =>
  css
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .trim();

/** Every template literal that starts on a new line (the CSS blocks) in `code`, packed. */
export const packCssLiterals = (code: string): string =>
  code.replace(/`\n[^`]*`/g, (lit) => `\`${packCss(lit.slice(1, -1))}\``);

export const cssLiterals = (): Plugin => ({
  name: 'lykt:css-literals',
  enforce: 'pre',
  transform: (code, id) => (FILES.test(id) ? { code: packCssLiterals(code), map: null } : null),
});
