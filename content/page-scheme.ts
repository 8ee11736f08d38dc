/**
 * The page's own colour scheme (issue 14): in-page UI follows the site, not the system, so a
 * white site gets light badges even in a dark desktop. Read once per page, on first paint.
 */
export type Scheme = 'light' | 'dark';

/** Alpha and relative luminance of a computed `rgb()/rgba()` colour, or null. */
function parse(c: string): { a: number; lum: number } | null {
  const m = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+%?))?/.exec(c);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : +m[4];
  const lin = (v: string) => {
    const x = +v / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return { a: alpha, lum: 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!) };
}

export function pageScheme(doc: Document): Scheme {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const c = parse(view.getComputedStyle(el).backgroundColor);
    if (c && c.a >= 0.5) return c.lum < 0.2 ? 'dark' : 'light';
  }
  // No background of its own: the canvas, which follows `color-scheme`.
  const cs = view.getComputedStyle(doc.documentElement).colorScheme ?? '';
  if (!/\bdark\b/.test(cs)) return 'light';
  if (!/\blight\b/.test(cs)) return 'dark';
  return view.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
