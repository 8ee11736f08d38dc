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
  const d = (e: Element | null | undefined) =>
    e && `${e.localName}.${e.className} ${e.textContent?.trim().slice(0, 80)}`;
  return {
    lists: detectListings(document.body).map((a) => a.ad),
    el: d(m?.el),
    body: d(m?.roots.at(-1)),
    title: d(m?.title),
  };
};
(window as unknown as { lyktDebug2: () => unknown }).lyktDebug2 = () => {
  const t = document.querySelector('h1')!;
  const b = document.querySelector('div.job-posting-text')!;
  let a: Element | null = t;
  while (a && !a.contains(b)) a = a.parentElement;
  const len = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  const links = [...a!.querySelectorAll('a[href]')].reduce((n, x) => n + len(x), 0);
  return { a: a!.className, both: len(a!), body: len(b), links };
};
