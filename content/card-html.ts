/**
 * Card HTML for the content script. Cards are compiled from our own markdown at build time
 * and arrive from our background over extension messaging (a page cannot forge that), so this
 * is defence in depth, not the main guard: an allowlist walk over the browser's own parser
 * in an inert document. Hand-written instead of DOMPurify
 * (as components/SafeHtml uses) because DOMPurify alone would cost 12 KB of the content
 * script's 40 KB gzipped budget. Same allowlist as components/sanitize.ts.
 */
const TAGS = new Set(['p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br']);
const DROP = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'noscript',
]);
const SAFE_URL = /^(?:https?:|mailto:|tel:)/i;

function clean(node: Element): void {
  for (const child of [...node.children]) {
    const tag = child.localName;
    if (DROP.has(tag)) {
      child.remove();
      continue;
    }
    clean(child);
    if (!TAGS.has(tag)) {
      child.replaceWith(...child.childNodes);
      continue;
    }
    const href = tag === 'a' ? child.getAttribute('href') : null;
    for (const attr of [...child.attributes]) child.removeAttribute(attr.name);
    if (href !== null && SAFE_URL.test(href.trim())) {
      child.setAttribute('href', href.trim());
      child.setAttribute('target', '_blank');
      child.setAttribute('rel', 'noopener noreferrer');
    }
  }
}

type MaybeSetHTML = Element & { setHTML?: (html: string) => void };

/**
 * `html` parsed in an inert document (no browsing context: no script runs, nothing loads), by
 * the browser's Sanitizer API (`Element.setHTML`) where it has one, else by DOMParser.
 */
function parseInert(html: string, doc: Document): Element {
  const inert = doc.implementation.createHTMLDocument('');
  const holder: MaybeSetHTML = inert.createElement('div');
  if (typeof holder.setHTML === 'function') holder.setHTML(html);
  else holder.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  return holder;
}

/** A fragment holding only the allowed tags and safe links of `html`. */
export function cardFragment(html: string, doc: Document = document): DocumentFragment {
  const holder = parseInert(html, doc);
  clean(holder);
  const frag = doc.createDocumentFragment();
  frag.append(...[...holder.childNodes].map((n) => doc.importNode(n, true)));
  return frag;
}
