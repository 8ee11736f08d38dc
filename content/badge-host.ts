/**
 * Lykt's badge hosts are plain `<span>`s known by identity: no tag name or attribute a page can
 * define, copy or take decides what is ours (issue 19.4: a page-defined `<lykt-badge>` stopped
 * every badge and ran its constructor inside Lykt's call).
 */
const hosts = new WeakSet<Node>();

export function markBadgeHost(host: Element): void {
  hosts.add(host);
}

export function isBadgeHost(node: Node | null | undefined): boolean {
  return !!node && hosts.has(node);
}

/** The user's own input: page scripts can dispatch events, but never trusted ones. */
export const isTrusted = (e: Event): boolean => e.isTrusted;

/**
 * A badge drawn in Lykt's layer (content/badge-layer.ts) stands for a place inside its ad: the
 * ad's title link. What depends on where a badge is in the page (heading levels, Tab order)
 * asks here.
 */
const places = new WeakMap<Element, Element>();

export function setBadgePlace(host: Element, place: Element | null): void {
  if (place) places.set(host, place);
  else places.delete(host);
}

/** The element a badge stands beside: its place in the ad, or the host itself (inline). */
export function badgePlace(host: Element): Element {
  return places.get(host) ?? host;
}
