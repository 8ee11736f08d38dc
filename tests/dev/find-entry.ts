/** Dev-only bundle entry: runs ad finding in a page, without the extension (tests/dev/find-pages.ts). */
import { detectPage } from '../../content/detail';
import { Discovery } from '../../content/discovery';

declare global {
  interface Window {
    /** The elements Lykt would mark on this page. */
    lyktFind: (host: string) => Element[];
    /** Why: the detected listings, or the detail page's ad (element, title, text roots). */
    lyktExplain: () => unknown;
  }
}

const show = (e: Element | null | undefined) =>
  e && `<${e.localName} class="${e.className}"> ${(e.textContent ?? '').trim().slice(0, 80)}`;

window.lyktFind = (host: string) => new Discovery(document, host).discover().map((t) => t.el);
window.lyktExplain = () => {
  const { lists, main } = detectPage(document);
  return {
    lists: lists.map((a) => a.ad),
    main: main && { el: show(main.el), title: show(main.title), roots: main.roots.map(show) },
  };
};
