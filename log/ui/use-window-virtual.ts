/**
 * Preact binding of @tanstack/virtual-core for a list that scrolls with the window (as the
 * library's React adapter does it): only the rows near the viewport are in the DOM, rows are
 * measured as they render, so a 20,000-entry log stays light.
 */
import {
  observeWindowOffset,
  observeWindowRect,
  Virtualizer,
  windowScroll,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

export function useWindowVirtual(
  count: number,
  estimate: number,
  getItemKey: (index: number) => string,
  scrollMargin: number,
): Virtualizer<Window, HTMLElement> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options = {
    count,
    estimateSize: () => estimate,
    getScrollElement: () => window,
    observeElementRect: observeWindowRect,
    observeElementOffset: observeWindowOffset,
    scrollToFn: windowScroll,
    initialOffset: () => window.scrollY,
    getItemKey,
    scrollMargin,
    gap: 12,
    overscan: 4,
    onChange: () => rerender(0),
  };
  const [v] = useState(() => new Virtualizer<Window, HTMLElement>(options));
  v.setOptions(options);
  useLayoutEffect(() => v._didMount(), []);
  useLayoutEffect(() => v._willUpdate());
  return v;
}
