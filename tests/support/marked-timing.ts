/**
 * Run in the page's main world before any page script (Chromium: addInitScript, Firefox:
 * evaluateOnNewDocument): `window.__dcl` is DOMContentLoaded, `window.__done` the time every
 * `article.listing` carries data-lykt-level. Used by the page benchmarks.
 */
export const MARKED_TIMING = `(() => { const w = window; let marked = 0;
  document.addEventListener('DOMContentLoaded', () => {
    w.__dcl = performance.getEntriesByType('navigation')[0].domContentLoadedEventStart;
    const total = document.querySelectorAll('article.listing').length;
    new MutationObserver((rs) => {
      for (const r of rs) if (r.oldValue === null) marked++;
      if (marked >= total && !w.__done) w.__done = performance.now();
    }).observe(document.body, { subtree: true, attributeFilter: ['data-lykt-level'], attributeOldValue: true });
  }); })();`;
