/**
 * Card HTML for the content script. Cards are compiled from our own markdown at build time
 * and arrive from our background over extension messaging (a page cannot forge that), so this
 * is defence in depth, not the main guard: an allowlist walk over the browser's own parser
 * (an inert <template>: no script runs, nothing loads). Hand-written instead of DOMPurify
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

/** A fragment holding only the allowed tags and safe links of `html`. */
export function cardFragment(html: string, doc: Document = document): DocumentFragment {
  const tpl = doc.createElement('template');
  tpl.innerHTML = html;
  const holder = doc.createElement('div');
  holder.append(tpl.content);
  clean(holder);
  const frag = doc.createDocumentFragment();
  frag.append(...holder.childNodes);
  return frag;
}
