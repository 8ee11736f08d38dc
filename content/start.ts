/** Builds the page's controller: its scan port (the background's engine, the page's behind it) and badges. */
import type { CategoryNotes } from '../cards/category-info';
import type { Card, CardLang } from '../cards/types';
import type { LogEntryInput } from '../log/types';
import type { ScanResult } from '../indicators/types';
import type {
  InvestigateReply,
  InvestigationList,
  SaveReply,
  ScanAdsRequest,
  Startup,
  TabReport,
} from '../messaging/protocol';
import { forSite, type DismissedEntry } from '../settings/dismissed';
import { termKey } from '../settings/term-key';
import { resolveUiLang } from '../settings/i18n';
import type { Settings } from '../settings/types';
import { Badges } from './badges';
import { Controller } from './controller';
import type { EngineModule } from './engine';
import { Lens } from './lens';
import type { PopoverModule } from './popover-chunk';
import { PortClient } from './scan-port';
import type { AdState } from './scanner';

export interface Messenger {
  report(r: TabReport): Promise<{ sharedContacts: string[] } | undefined>;
  /** Settings and lexicons: asked for only when the page must build its own engine. */
  startup(): Promise<Startup>;
  /** The background's engine; absent: every ad is scanned in the page. */
  scanAds?(data: ScanAdsRequest): Promise<ScanResult[]>;
  loadCards(ids: string[], lang: CardLang): Promise<Card[]>;
  loadNotes?(lang: CardLang): Promise<CategoryNotes>;
  save(entry: LogEntryInput): Promise<SaveReply>;
  /** "Add to investigation" for one ad, and the names to offer. */
  investigate?(data: { name: string; entry: LogEntryInput }): Promise<InvestigateReply>;
  investigations?(): Promise<InvestigationList>;
  /** Adds a "not a concern here" entry to extension storage. */
  dismiss?(entry: DismissedEntry): Promise<void>;
  openLog?(): Promise<void>;
  /** The popover's code, on a badge's first use (content/popover-chunk.ts). */
  loadPopover(): Promise<PopoverModule>;
  /** The page's own engine's code, the first time the page must scan by itself (content/engine.ts). */
  loadEngine(): Promise<EngineModule>;
}

/** What "Save to log" stores for an ad: its text snapshot, findings and where it was. */
export function toLogEntry(state: AdState, loc: Location): LogEntryInput {
  const { target, map, result } = state;
  const link = target.title?.closest('a') ?? target.el.querySelector('a[href]');
  const href =
    link instanceof HTMLAnchorElement && /^https?:/.test(link.href) ? link.href : loc.href;
  return {
    url: target.el.localName === 'body' || target.el.localName === 'main' ? loc.href : href,
    site: loc.hostname,
    title: (target.title?.textContent ?? document.title).replace(/\s+/g, ' ').trim().slice(0, 300),
    text: map.text,
    context: result.context,
    level: result.level,
    score: result.score,
    indicators: result.indicators,
    contacts: result.contacts,
  };
}

/**
 * The ads flagged (medium or high) on the page, as "Save to log" would store them; with `all`,
 * every scanned ad, any level (an investigation wants whole templates).
 */
export function flaggedEntries(
  controller: Controller,
  loc: Location,
  max: number,
  all = false,
): LogEntryInput[] {
  const out: LogEntryInput[] = [];
  for (const state of controller.scanner.states.values()) {
    if (out.length >= max) break;
    const { level } = state.result;
    if ((all || level === 'medium' || level === 'high') && state.target.el.isConnected)
      out.push(toLogEntry(state, loc));
  }
  return out;
}

/** The page's scan port: the background's engine, with the page's own built only if needed. */
export function scanPort(doc: Document, msg: Messenger): PortClient {
  const input = { url: doc.location.href };
  const { scanAds } = msg;
  const remote = scanAds && ((texts: string[]) => scanAds({ ...input, texts }));
  const load = () =>
    Promise.all([msg.loadEngine(), msg.startup()]).then(([m, data]) => m.buildEngine(data));
  return new PortClient(load, input, remote);
}

/** The page's controller: once started, it finds and reads the ads; it shows nothing until `configure`. */
export function createLykt(doc: Document, msg: Messenger, marks: Record<string, number> = {}) {
  const controller = new Controller({
    doc,
    host: doc.location.hostname,
    port: scanPort(doc, msg),
    report: msg.report,
  });
  controller.stats.marks = marks;
  return controller;
}

/** Gives a started controller its badges: scanning and marking begin. */
export function configure(
  controller: Controller,
  doc: Document,
  settings: Settings,
  msg: Messenger,
  dismissed: readonly DismissedEntry[] = [],
): void {
  const lens = new Lens({
    dismissed: forSite(dismissed, doc.location.hostname),
    custom: new Set(settings.customTerms.map((c) => termKey(c.term))),
  });
  const view = new Badges({
    doc,
    lang: resolveUiLang(settings.uiLang),
    badgeLevel: settings.badgeLevel,
    loadCards: msg.loadCards,
    loadNotes: msg.loadNotes,
    save: (state) => msg.save(toLogEntry(state, doc.location)),
    investigate: msg.investigate
      ? (state, name) => msg.investigate!({ name, entry: toLogEntry(state, doc.location) })
      : undefined,
    investigations: msg.investigations,
    lens,
    dismiss: msg.dismiss,
    openLog: msg.openLog,
    loadPopover: msg.loadPopover,
  });
  controller.attach(view, settings.highlights);
}
