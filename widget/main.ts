/**
 * lykt-widget.js (IIFE) entry, also lykt-widget.nb.js / .en.js (one language's cards). Order
 * matters for first paint:
 *   1. define <lykt-card>: elements already parsed upgrade and render synchronously (a
 *      built-in card is one innerHTML, see mount.tsx; no DOMPurify in this file, see purify-shim.ts)
 *   2. mount data-lykt-card embeds now and whenever they appear
 * A second copy of the script (or the ES module after the classic one) finds `window.Lykt`
 * and does nothing but say so if it holds other languages.
 */
import { LYKT_API } from './api';
import { startAutoMount } from './auto-mount';
import { defineLyktCard } from './element';
import { FILE_LANGS } from './lang';

/*! lykt:eager */
function start(): void {
  Object.defineProperty(window, 'Lykt', { value: LYKT_API, enumerable: true, configurable: true });
  defineLyktCard();
  startAutoMount();
}

const first = window.Lykt;
if (first === undefined) start();
else if (FILE_LANGS.some((l) => !first.langs.includes(l)))
  console.warn(
    `Lykt: a second widget file was ignored; the first holds only ${first.langs.join(', ')} cards. Load lykt-widget.js alone for both languages.`,
  );
