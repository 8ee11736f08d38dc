/**
 * Mounts `<div data-lykt-card="id" data-lang="en">` (and `data-for-text`) embeds found on load
 * and added later. As in uBlock Origin, the observer callback only queues elements; mounting
 * happens in one batch per microtask.
 */
import { mount, unmount } from './mount';

const SELECTOR = '[data-lykt-card],[data-lykt-for-text]';
const queued = new Set<Element>();
let scheduled = false;

/*! lykt:eager */
function optionsOf(el: Element) {
  const d = (el as HTMLElement).dataset;
  return {
    card: d.lyktCard || undefined,
    forText: d.lyktForText,
    lang: d.lang || undefined,
    headingLevel: d.headingLevel,
    theme: d.theme,
  };
}

function flush(): void {
  scheduled = false;
  for (const el of queued) {
    if (!el.isConnected) continue;
    if (el.matches(SELECTOR)) mount(el, optionsOf(el));
    else unmount(el);
  }
  queued.clear();
}

function queue(el: Element): void {
  queued.add(el);
  if (!scheduled) {
    scheduled = true;
    queueMicrotask(flush);
  }
}

function queueTree(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(SELECTOR)) queue(node);
  for (const el of node.querySelectorAll(SELECTOR)) queue(el);
}

/** Mounts embeds already in the page, then watches for new ones and changed data attributes. */
/*! lykt:eager */
export function startAutoMount(doc: Document = document): MutationObserver {
  for (const el of doc.querySelectorAll(SELECTOR)) mount(el, optionsOf(el));
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') queue(r.target as Element);
      else r.addedNodes.forEach(queueTree);
    }
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [
      'data-lykt-card',
      'data-lykt-for-text',
      'data-lang',
      'data-heading-level',
      'data-theme',
    ],
  });
  return observer;
}
