/** `Lykt.mount(el, options)` / `Lykt.unmount(el)`: render a card into an element's shadow root. */
import { render } from 'preact';
import { LyktCard, type LyktCardProps } from './LyktCard';
import { adoptStyles } from './styles';
import { inheritedLang } from './lang';
import { warnOnce } from './messages';

export type MountOptions = Omit<LyktCardProps, 'hostLang'>;

/** Shadow roots this widget made (a root cannot be removed, so it is reused on remount). */
const roots = new WeakMap<Element, ShadowRoot>();
const live = new WeakSet<Element>();

/** Renders (or re-renders) a card in `el`. Returns false, with a console warning, if it cannot. */
export function mount(el: Element, options: MountOptions = {}): boolean {
  if (!(el instanceof Element)) {
    warnOnce('Lykt.mount: the first argument must be an element.');
    return false;
  }
  let root = roots.get(el);
  if (!root) {
    try {
      root = el.attachShadow({ mode: 'open' });
    } catch {
      warnOnce(`Lykt.mount: cannot mount in <${el.localName}>; use a <div> or <span>.`);
      return false;
    }
    roots.set(el, root);
  }
  if (!live.has(el)) adoptStyles(root);
  live.add(el);
  el.removeAttribute('data-lykt-error'); // set again by Fail if this render cannot show a card
  render(<LyktCard {...options} hostLang={inheritedLang(el)} />, root);
  return true;
}

/** Removes the card and its styles; the element is left as it was before mount, bar its empty shadow root. */
export function unmount(el: Element): boolean {
  const root = roots.get(el);
  if (!root || !live.has(el)) return false;
  render(null, root);
  root.adoptedStyleSheets = [];
  el.removeAttribute('data-lykt-error');
  live.delete(el);
  return true;
}
