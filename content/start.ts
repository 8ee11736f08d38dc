/** Builds the page's engine, scanner, badges and controller from the settings. */
import type { Card, CardLang } from '../cards/types';
import { applySharedContacts, createEngine } from '../indicators';
import type { LogEntryInput } from '../log/types';
import type { SaveReply, TabReport } from '../messaging/protocol';
import type { Settings } from '../settings/types';
import { Badges } from './badges';
import { Controller } from './controller';
import { Scanner, type AdState } from './scanner';

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

export function startLykt(
  doc: Document,
  settings: Settings,
  msg: Messenger,
  marks: Record<string, number> = {},
): Controller {
  marks.build = performance.now();
  const engine = createEngine({
    langs: settings.langs,
    customTerms: settings.customTerms,
    disabledCategories: settings.disabledCategories,
  });
  const scanner = new Scanner(engine, applySharedContacts, { url: doc.location.href });
  const view = new Badges({
    doc,
    lang: settings.uiLang,
    badgeLevel: settings.badgeLevel,
    loadCards: msg.loadCards,
    save: (state) => msg.save(toLogEntry(state, doc.location)),
  });
  const controller = new Controller({
    doc,
    host: doc.location.hostname,
    scanner,
    view,
    highlights: settings.highlights,
    report: msg.report,
  });
  marks.built = performance.now();
  Object.assign(controller.stats.marks, marks);
  controller.start();
  return controller;
}
