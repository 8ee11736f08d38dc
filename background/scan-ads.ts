/**
 * The background's engine for content scripts: built once per set of engine settings and kept
 * warm across pages, so a page's ads are scanned off its main thread by already-optimised code.
 */
import { buildEngine } from '../content/engine';
import type { ScanEngine } from '../content/scanner';
import type { ScanResult } from '../indicators/types';
import type { ScanAdsRequest } from '../messaging/protocol';
import type { Settings } from '../settings/types';
import { startupFor } from './startup';

let cached: { key: string; engine: ScanEngine } | null = null;

/** Builds (or keeps) the engine for these settings: call it before the first page needs it. */
export function engineFor(settings: Settings): ScanEngine {
  const { langs, customTerms, disabledCategories } = settings;
  const key = JSON.stringify([langs, customTerms, disabledCategories]);
  if (cached?.key !== key) cached = { key, engine: buildEngine(startupFor(settings)) };
  return cached.engine;
}

export function scanAds(settings: Settings, { url, lang, texts }: ScanAdsRequest): ScanResult[] {
  const engine = engineFor(settings);
  return texts.map((text) => engine.scan({ text, url, lang }));
}
