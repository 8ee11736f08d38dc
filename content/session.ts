/**
 * Lykt's life on one page: started at DOMContentLoaded with the settings the background sent
 * at document_start (the service worker warms its engine meanwhile), stopped on a paused site,
 * rebuilt when a setting that shapes the engine or the badges changes.
 */
import { dismissedKey, type DismissedEntry } from '../settings/dismissed';
import { isPausedHost } from '../settings/paused';
import type { Settings } from '../settings/types';
import type { Controller } from './controller';
import type { LogEntryInput } from '../log/types';
import { configure, createLykt, flaggedEntries, type Messenger } from './start';
import { exposeStats } from './stats';

export interface Host extends Messenger {
  settings(): Promise<Settings>;
  /** Calls back when the stored settings change; returns the unsubscribe. */
  watchSettings(onChange: () => void): () => void;
  /** The "not a concern here" list (all sites), and its watcher. */
  dismissed?(): Promise<DismissedEntry[]>;
  watchDismissed?(onChange: (list: DismissedEntry[]) => void): () => void;
}

/** This site's entries as one comparable string. */
const siteKey = (list: readonly DismissedEntry[], site: string) =>
  list
    .filter((e) => e.site === site)
    .map(dismissedKey)
    .sort()
    .join('\n');

/** Settings that need a new engine or new badges when they change. */
const REBUILD: (keyof Settings)[] = [
  'langs',
  'customTerms',
  'disabledCategories',
  'badgeLevel',
  'uiLang',
];

const EMPTY = { scanned: 0, byLevel: { none: 0, low: 0, medium: 0, high: 0 }, categories: {} };

const domReady = (doc: Document) =>
  doc.readyState !== 'loading'
    ? Promise.resolve()
    : new Promise<void>((r) => doc.addEventListener('DOMContentLoaded', () => r()));

export interface Session {
  /** Single-page navigation: the ads are found again. */
  navigated(): void;
  /** The flagged ads (with `all`: every scanned ad) as log entries for the popup, at most `max`. */
  flagged(max: number, all?: boolean): LogEntryInput[];
  stop(): void;
}

/** Runs Lykt on `doc` until the session is stopped. */
export async function runSession(
  doc: Document,
  host: Host,
  marks: Record<string, number>,
): Promise<Session> {
  const site = doc.location.hostname;
  let early: Settings | undefined;
  let dismissed: DismissedEntry[] = [];
  // A dismissed ad must not flash a badge: the list is read with the settings.
  const list = host.dismissed ? host.dismissed().catch(() => []) : Promise.resolve([]);
  const asked = Promise.all([host.settings(), list]).then(([s, d]) => {
    marks.startup = performance.now();
    dismissed = d;
    return (early = s);
  });
  await domReady(doc);
  marks.dom = performance.now();
  const atDom = early;
  let controller: Controller | null = null;
  const fresh = (s?: Settings) => {
    const c = createLykt(doc, host, marks);
    // With the settings in, the first slice sends the ads away; else it reads them meanwhile.
    if (s) configure(c, doc, s, host, dismissed);
    c.start();
    return c;
  };
  if (!atDom || !isPausedHost(atDom, site)) controller = fresh(atDom);
  exposeStats(() => controller?.stats);
  const first = await asked.catch(() => null);
  if (!first) {
    controller?.destroy();
    return { navigated: () => undefined, flagged: () => [], stop: () => undefined };
  }
  let settings = first;
  if (isPausedHost(settings, site)) {
    controller?.destroy();
    controller = null;
    void host.report({ ...EMPTY, contacts: {} });
  } else if (controller && !atDom) configure(controller, doc, first, host, dismissed);

  const sync = (next: Settings) => {
    const paused = isPausedHost(next, site);
    const rebuild = REBUILD.some((k) => JSON.stringify(next[k]) !== JSON.stringify(settings[k]));
    if (controller && (paused || rebuild)) {
      controller.destroy();
      controller = null;
    }
    if (!controller && !paused) controller = fresh(next);
    controller?.setHighlights(next.highlights);
    settings = next;
  };
  const unwatch = host.watchSettings(() => void host.settings().then(sync));
  // "Not a concern here" (or its undo in the options) for this site: rebuilt like a setting.
  const unwatchDismissed = host.watchDismissed?.((next) => {
    const changed = siteKey(next, site) !== siteKey(dismissed, site);
    dismissed = next;
    if (!changed || !controller) return;
    controller.destroy();
    controller = fresh(settings);
    controller.setHighlights(settings.highlights);
  });
  return {
    navigated: () => controller?.navigated(),
    flagged: (max, all) => (controller ? flaggedEntries(controller, doc.location, max, all) : []),
    stop: () => {
      unwatch();
      unwatchDismissed?.();
      controller?.destroy();
      controller = null;
    },
  };
}
