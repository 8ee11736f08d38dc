/**
 * One constructable stylesheet shared by every Lykt shadow root. `adoptedStyleSheets` is
 * CSSOM, not an inline <style>, so a page CSP with `style-src 'self'` does not block it.
 */
import { WIDGET_SHEET } from './widget-css';

let sheet: CSSStyleSheet | null = null;

/*! lykt:eager */
export function sheets(): CSSStyleSheet[] {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_SHEET);
  }
  return [sheet];
}

/*! lykt:eager */
export function adoptStyles(root: ShadowRoot): void {
  root.adoptedStyleSheets = sheets();
}
