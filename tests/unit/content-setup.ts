/** A controller over generated ads in happy-dom, with the real engine behind its scan port. */
import { beforeAll, expect } from 'vitest';
import { sharedContacts } from '../../background/tab-state';
import { generateAds } from '../../demo/generate';
import { renderAdsFragment } from '../../demo/render';
import { startupFor } from '../../background/startup';
import { buildEngine } from '../../content/engine';
import type { AdInput, ScanResult } from '../../indicators/types';
import type { TabReport } from '../../messaging/protocol';
import { Badges } from '../../content/badges';
import { Controller, type ControllerOptions } from '../../content/controller';
import { PortClient } from '../../content/scan-port';
import { DEFAULT_SETTINGS } from '../../settings/defaults';

export type RemoteScan = (texts: string[]) => Promise<ScanResult[]>;
export const URL_ = 'http://127.0.0.1/';
export const ADS = generateAds(60, { seed: 5 });

// happy-dom has no requestIdleCallback: give it one with a generous deadline.
beforeAll(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  g.requestIdleCallback ??= (cb: IdleRequestCallback) =>
    setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 0) as unknown as number;
  g.cancelIdleCallback ??= (id: number) => clearTimeout(id);
});

/**
 * A view that shows badges in the page, as the extension's does. happy-dom makes no trusted
 * events: `trusted` stands in for the user (the real isTrusted check: security-badge.e2e.ts).
 */
export const badges = (trusted?: (e: Event) => boolean) =>
  new Badges({
    doc: document,
    lang: 'en',
    badgeLevel: 'medium',
    loadCards: () => Promise.resolve([]),
    save: () => Promise.resolve({ ok: false, error: 'not in this test' }),
    trusted,
    loadPopover: () => import('../../content/popover-chunk'),
  });

export function setup(
  html = renderAdsFragment(ADS.slice(0, 40)),
  remote?: RemoteScan,
  rescans?: { max: number; windowMs: number },
  /** Runs on the page before the controller starts. */
  prepare?: () => void,
  /** More controller options. */
  more?: Partial<ControllerOptions>,
) {
  document.body.innerHTML = `<main><section id="listings">${html}</section></main>`;
  prepare?.();
  // The page's fallback engine, built as the content script builds it: from the lexicons and
  // phone metadata the background sends (a structured clone, as runtime messaging delivers it).
  const engine = buildEngine(
    structuredClone(startupFor({ ...DEFAULT_SETTINGS, langs: ['nb', 'en'] })),
  );
  // Texts scanned by the page's own engine (the port's fallback).
  const scanned: string[] = [];
  let loads = 0;
  const counting = { scan: (ad: AdInput) => (scanned.push(ad.text), engine.scan(ad)) };
  const reports: TabReport[] = [];
  const port = new PortClient(async () => (loads++, counting), { url: URL_ }, remote);
  const view = badges();
  const controller = new Controller({
    doc: document,
    host: '127.0.0.1',
    view,
    highlights: true,
    report: (r) => (reports.push(r), Promise.resolve({ sharedContacts: sharedContacts(r) })),
    port,
    rescans,
    ...more,
  });
  controller.start();
  return {
    controller,
    scanned,
    reports,
    view,
    scanner: controller.scanner,
    engine,
    port,
    loads: () => loads,
  };
}

export const marked = () => document.querySelectorAll('article.listing[data-lykt-level]').length;
export const until = (f: () => boolean) =>
  expect.poll(f, { timeout: 5000, interval: 20 }).toBe(true);
