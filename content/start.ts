/** Builds the page's engine, scanner, badges and controller from the background's startup reply. */
import type { Card, CardLang } from '../cards/types';
import { applySharedContacts } from '../indicators/core';
import type { LogEntryInput } from '../log/types';
import type { ScanResult } from '../indicators/types';
import type { SaveReply, ScanAdsRequest, Startup, TabReport } from '../messaging/protocol';
import { Badges } from './badges';
import { Controller } from './controller';
import { Scanner, type AdState } from './scanner';
import { buildEngine } from './engine';
import type { Settings } from '../settings/types';

export interface Messenger {
  report(r: TabReport): Promise<{ sharedContacts: string[] } | undefined>;
  /** Settings and lexicons: asked for only when the page must build its own engine. */
  startup(): Promise<Startup>;
  /** The background's engine (see content/remote.ts); absent: every ad is scanned in the page. */
  scanAds?(data: ScanAdsRequest): Promise<ScanResult[]>;
  loadCards(ids: string[], lang: CardLang): Promise<Card[]>;
  save(entry: LogEntryInput): Promise<SaveReply>;
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

/** The page's controller: once started, it finds and reads the ads; it shows nothing until `configure`. */
export function createLykt(doc: Document, msg: Messenger, marks: Record<string, number> = {}) {
  const input = { url: doc.location.href };
  const scanner = new Scanner(null, applySharedContacts, input);
  const { scanAds } = msg;
  const controller = new Controller({
    doc,
    host: doc.location.hostname,
    scanner,
    report: msg.report,
    remote: scanAds && ((texts) => scanAds({ ...input, texts })),
    loadEngine: () => msg.startup().then(buildEngine),
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
): void {
  const view = new Badges({
    doc,
    lang: settings.uiLang,
    badgeLevel: settings.badgeLevel,
    loadCards: msg.loadCards,
    save: (state) => msg.save(toLogEntry(state, doc.location)),
  });
  controller.attach(view, settings.highlights);
}
