/** Builds the page's engine, scanner, badges and controller from the background's startup reply. */
import type { Card, CardLang } from '../cards/types';
import { applySharedContacts, createEngineFrom } from '../indicators/core';
import type { LogEntryInput } from '../log/types';
import type { SaveReply, Startup, TabReport } from '../messaging/protocol';
import { Badges } from './badges';
import { Controller } from './controller';
import { Scanner, type AdState, type ScanEngine } from './scanner';

export interface Messenger {
  report(r: TabReport): Promise<{ sharedContacts: string[] } | undefined>;
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

/** The engine for the user's languages and terms, from the lexicons the background sent. */
export function buildEngine({ settings, lexicons }: Startup): ScanEngine {
  return createEngineFrom(lexicons, {
    langs: settings.langs,
    customTerms: settings.customTerms,
    disabledCategories: settings.disabledCategories,
  });
}

/** The page's controller: once started, it finds and reads the ads; it shows nothing until `configure`. */
export function createLykt(doc: Document, msg: Messenger, marks: Record<string, number> = {}) {
  const scanner = new Scanner(null, applySharedContacts, { url: doc.location.href });
  const controller = new Controller({
    doc,
    host: doc.location.hostname,
    scanner,
    report: msg.report,
  });
  controller.stats.marks = marks;
  return controller;
}

/** Gives a started controller its engine and badges: scanning and marking begin. */
export function configure(
  controller: Controller,
  doc: Document,
  { settings }: Startup,
  engine: ScanEngine,
  msg: Messenger,
): void {
  const view = new Badges({
    doc,
    lang: settings.uiLang,
    badgeLevel: settings.badgeLevel,
    loadCards: msg.loadCards,
    save: (state) => msg.save(toLogEntry(state, doc.location)),
  });
  controller.attach(engine, view, settings.highlights);
}
