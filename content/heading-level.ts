/**
 * The heading tag for the popover's sections: one level below the last heading before the
 * badge in the page (its own ad title, usually), so a screen reader's heading list and axe's
 * heading-order see the popover nested under the ad instead of skipping levels.
 */
import type { SubHeading } from '../components/CardSections';

const H = 'self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6';

export function subHeadingAfter(node: Node | null | undefined): SubHeading {
  const root = node?.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : node;
  if (!host?.ownerDocument) return 'h4';
  const found = host.ownerDocument.evaluate(
    `(ancestor::*[${H}] | preceding::*[${H}])[last()]`,
    host,
    null,
    XPathResult.FIRST_ORDERED_NODE_TYPE,
    null,
  ).singleNodeValue as Element | null;
  const level = found ? Number(found.localName.slice(1)) : 3;
  return `h${Math.min(6, level + 1)}` as SubHeading;
}
