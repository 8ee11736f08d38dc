/**
 * The background's engine for content scripts: built once per set of engine settings and kept
 * warm across pages, so a page's ads are scanned off its main thread by already-optimised code.
 */
import { createEngineFrom, type Engine } from '../indicators/core';
import type { ScanResult } from '../indicators/types';
import type { ScanAdsRequest } from '../messaging/protocol';
import { engineKey, engineOptions } from '../settings/engine-options';
import type { Settings } from '../settings/types';
import { FairTurns } from './scan-turns';
import { startupFor } from './startup';

let cached: { key: string; engine: Engine } | null = null;

/** Builds (or keeps) the engine for these settings: call it before the first page needs it. */
export function engineFor(settings: Settings): Engine {
  const key = engineKey(settings);
  if (cached?.key !== key) {
    const { lexicons, phones } = startupFor(settings);
    const engine = createEngineFrom(lexicons, phones, engineOptions(settings));
    cached = { key, engine };
  }
  return cached.engine;
}

export function scanAds(settings: Settings, { url, lang, texts }: ScanAdsRequest): ScanResult[] {
  const engine = engineFor(settings);
  return texts.map((text) => engine.scan({ text, url, lang }));
}

/** The tabs take turns on the one engine: one tab's huge ads cannot stall the others. */
export const turns = new FairTurns();

/** Scans a batch in its sender's turns (`key`: the tab, or the extension page). */
export function scanAdsFairly(
  key: number | string,
  settings: Settings,
  { url, lang, texts }: ScanAdsRequest,
): Promise<ScanResult[]> {
  const engine = engineFor(settings);
  return turns.run(key, texts, (text) => engine.scan({ text, url, lang }));
}
