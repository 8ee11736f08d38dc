/**
 * lykt-widget.js (IIFE) entry. Order matters for first paint:
 *   1. trust the built-in card HTML (DOMPurify is not in this file; see purify-shim.ts)
 *   2. define <lykt-card>: elements already parsed upgrade and render synchronously
 *   3. mount data-lykt-card embeds now and whenever they appear
 * A second copy of the script (or the ES module after the classic one) finds `window.Lykt`
 * and does nothing.
 */
import register from 'preact-custom-element';
import { allCards } from '../cards/index';
import { CARD_LANGS } from '../cards/types';
import { LYKT_API } from './api';
import { startAutoMount } from './auto-mount';
import { LyktCard, type LyktCardProps } from './LyktCard';
import { trust } from './purify-shim';
import { sheets } from './styles';

function start(): void {
  for (const lang of CARD_LANGS) {
    for (const c of allCards(lang)) {
      trust(c.bodyHtml);
      trust(c.actionsHtml);
    }
  }
  Object.defineProperty(window, 'Lykt', { value: LYKT_API, enumerable: true, configurable: true });
  if (typeof customElements !== 'undefined' && !customElements.get('lykt-card')) {
    // Attribute names; the element passes each as both `for-text` and `forText`.
    const attrs = [
      'card',
      'lang',
      'for-text',
      'heading-level',
    ] as unknown as (keyof LyktCardProps)[];
    register(LyktCard, 'lykt-card', attrs, {
      shadow: true,
      adoptedStyleSheets: sheets(),
    });
  }
  startAutoMount();
}

if (window.Lykt === undefined) start();
