/**
 * The popover's code, loaded on a badge's first use (issue 5: the content script stays small).
 * Built as its own ES module (entrypoints/popover.ts → popover.js, web-accessible) with its own
 * Preact: the content script shows static badges (content/badge-static.ts) and hands each one
 * here when the user first points at, focuses or clicks it. SECURITY.md says what a page can do
 * with this file (load it, read it: it holds UI code and nothing else).
 */
import { h, hydrate, render } from 'preact';
import { AdBadge, type AdBadgeProps } from './AdBadge';

/** Takes over a static badge: AdBadge reuses its button, so focus and the event in flight stay. */
export function wakeBadge(root: Element, props: AdBadgeProps): void {
  hydrate(h(AdBadge, props), root);
}

/** Shows new props in a live badge, or (null) unmounts it. */
export function renderBadge(root: Element, props: AdBadgeProps | null): void {
  render(props && h(AdBadge, props), root);
}

export interface PopoverModule {
  wakeBadge: typeof wakeBadge;
  renderBadge: typeof renderBadge;
}
