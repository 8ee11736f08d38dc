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
