/**
 * One constructable stylesheet shared by every Lykt shadow root. `adoptedStyleSheets` is
 * CSSOM, not an inline <style>, so a page CSP with `style-src 'self'` does not block it.
 */
import { LYKT_CSS } from '../components/styles';
import { WIDGET_CSS } from './widget-css';

let sheet: CSSStyleSheet | null = null;

export function sheets(): CSSStyleSheet[] {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(LYKT_CSS + WIDGET_CSS);
  }
  return [sheet];
}

export function adoptStyles(root: ShadowRoot): void {
  root.adoptedStyleSheets = sheets();
}
