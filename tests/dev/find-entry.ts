/** Dev-only bundle entry: runs ad finding in a page, without the extension (tests/dev/find-pages.ts). */
import { Discovery } from '../../content/discovery';

declare global {
  interface Window {
    lyktFind: (host: string) => Element[];
  }
}

window.lyktFind = (host: string) => new Discovery(document, host).discover().map((t) => t.el);

import { detectListings } from '../../content/detect';
import { mainAd } from '../../content/detail';
(window as unknown as { lyktDebug: () => unknown }).lyktDebug = () => {
  const m = mainAd(document);
  const d = (e: Element | null | undefined) => e && `${e.localName}.${e.className} ${e.textContent?.trim().slice(0, 80)}`;
  return { lists: detectListings(document.body).map((a) => a.ad), el: d(m?.el), body: d(m?.roots.at(-1)), title: d(m?.title) };
};
