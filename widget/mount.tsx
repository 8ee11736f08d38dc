/**
 * `Lykt.mount(el, options)` / `Lykt.unmount(el)`: render a card into an element's shadow root.
 * A built-in card (the common case, and the first paint that `npm run bench:widget` measures)
 * is one `innerHTML` of build-time HTML (card-html.ts): it has nothing interactive to hydrate.
 * Preact renders only what waits or changes: for-text tabs, partner cards, and errors.
 */
import { render } from 'preact';
import { getCard } from './card-store';
import { cardHtml } from './card-html';
import { LyktCard } from './LyktCard';
import { headingOf, langOf, mistake, type LyktCardProps } from './props';
import { adoptStyles } from './styles';
import { inheritedLang } from './lang';
import { warnOnce } from './messages';
import { trustedHtml } from './trusted';

export type MountOptions = Omit<LyktCardProps, 'hostLang'>;

/** Shadow roots this widget made (a root cannot be removed, so it is reused on remount). */
const roots = new WeakMap<Element, ShadowRoot>();
const live = new WeakSet<Element>();
/** Roots whose content Preact owns now (the others hold a card-html.ts card or nothing). */
const byPreact = new WeakSet<ShadowRoot>();

/** The finished HTML of a valid built-in card embed, or null if Preact must render it. */
/*! lykt:eager */
function builtInHtml(props: LyktCardProps): string | null {
  if (props.partnerCard !== undefined || props.forText !== undefined) return null;
  const lang = langOf(props);
  if (!lang || mistake(props, lang)) return null;
  const card = getCard(props.card!, lang)!;
  // Ids are scoped to the shadow root, which holds this one card.
  return cardHtml(card, headingOf(props), `lykt-${card.id}-0`);
}

/** Renders (or re-renders) a card in `el`. Returns false, with a console warning, if it cannot. */
/*! lykt:eager */
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
  const props = { ...options, hostLang: inheritedLang(el) };
  const html = builtInHtml(props);
  if (html !== null) {
    if (byPreact.has(root)) render(null, root);
    byPreact.delete(root);
    root.innerHTML = trustedHtml(html);
  } else {
    if (!byPreact.has(root)) root.replaceChildren();
    byPreact.add(root);
    render(<LyktCard {...props} />, root);
  }
  return true;
}

/** Removes the card and its styles; the element is left as it was before mount, bar its empty shadow root. */
export function unmount(el: Element): boolean {
  const root = roots.get(el);
  if (!root || !live.has(el)) return false;
  if (byPreact.has(root)) render(null, root);
  byPreact.delete(root);
  root.replaceChildren();
  root.adoptedStyleSheets = [];
  el.removeAttribute('data-lykt-error');
  live.delete(el);
  return true;
}
