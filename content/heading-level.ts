/**
 * The heading tag for the popover's sections: one level below the last heading before the
 * badge in the page (its own ad title, usually), so a screen reader's heading list and axe's
 * heading-order see the popover nested under the ad instead of skipping levels.
 */
import type { SubHeading } from '../components/CardSections';
import { badgePlace } from './badge-host';

const HEADING = 'h1, h2, h3, h4, h5, h6';

/** The last heading before `el` in document order (ancestors included), walking back. */
function headingBefore(el: Element): Element | null {
  for (let n: Element | null = el; n; n = n.parentElement) {
    for (let s = n.previousElementSibling; s; s = s.previousElementSibling) {
      const inner = s.querySelectorAll(HEADING);
      if (inner.length > 0) return inner[inner.length - 1]!;
      if (s.matches(HEADING)) return s;
    }
    if (n.parentElement?.matches(HEADING)) return n.parentElement;
  }
  return null;
}

export function subHeadingAfter(node: Node | null | undefined): SubHeading {
  const root = node?.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : node;
  // A badge in Lykt's layer counts from its place in the ad.
  const found = host instanceof Element ? headingBefore(badgePlace(host)) : null;
  const level = found ? Number(found.localName.slice(1)) : 3;
  return `h${Math.min(6, level + 1)}` as SubHeading;
}
