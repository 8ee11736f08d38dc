/**
 * Shape checks for messages the background receives. A content script runs beside page
 * scripts, so a payload is treated as untrusted: a malformed one is refused with a logged reason.
 */
import { CARD_IDS, CARD_LANGS, type CardLang } from '../cards/types';
import { CATEGORIES, LEVELS } from '../indicators/types';
import { SCAN_LIMIT } from '../indicators/core';
import type { ScanAdsRequest, TabReport } from '../messaging/protocol';

export type Check<T> = { ok: true; value: T } | { ok: false; reason: string };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1e7;

const MAX_CONTACTS = 5000;

export function checkTabReport(v: unknown): Check<TabReport> {
  if (!isObj(v)) return { ok: false, reason: 'report is not an object' };
  if (!count(v.scanned)) return { ok: false, reason: 'scanned is not a count' };
  if (!isObj(v.byLevel) || !LEVELS.every((l) => count((v.byLevel as Record<string, unknown>)[l]))) {
    return { ok: false, reason: 'byLevel needs a count per level' };
  }
  if (!isObj(v.categories)) return { ok: false, reason: 'categories is not an object' };
  const categories: TabReport['categories'] = {};
  for (const [k, n] of Object.entries(v.categories)) {
    if (!CATEGORIES.includes(k as 'youth') || !count(n))
      return { ok: false, reason: `bad category ${k.slice(0, 30)}` };
    categories[k as 'youth'] = n;
  }
  if (!isObj(v.contacts)) return { ok: false, reason: 'contacts is not an object' };
  const entries = Object.entries(v.contacts);
  if (entries.length > MAX_CONTACTS) return { ok: false, reason: 'too many contacts' };
  const contacts: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [k, n] of entries) {
    if (k.length === 0 || k.length > 254 || !count(n))
      return { ok: false, reason: 'bad contact entry' };
    contacts[k] = n;
  }
  const byLevel = { none: 0, low: 0, medium: 0, high: 0 };
  for (const l of LEVELS) byLevel[l] = (v.byLevel as Record<string, number>)[l]!;
  return { ok: true, value: { scanned: v.scanned, byLevel, categories, contacts } };
}

export function checkGetCards(v: unknown): Check<{ ids: string[]; lang: CardLang }> {
  if (!isObj(v)) return { ok: false, reason: 'getCards payload is not an object' };
  if (!CARD_LANGS.includes(v.lang as CardLang))
    return { ok: false, reason: 'unknown card language' };
  if (!Array.isArray(v.ids) || v.ids.length > CARD_IDS.length * 2)
    return { ok: false, reason: 'ids is not a short list' };
  if (!v.ids.every((id) => CARD_IDS.includes(id as 'minors')))
    return { ok: false, reason: 'unknown card id' };
  return { ok: true, value: { ids: v.ids as string[], lang: v.lang as CardLang } };
}

export function checkTabId(v: unknown): Check<number> {
  const id = isObj(v) ? v.tabId : undefined;
  return Number.isInteger(id) && (id as number) >= 0
    ? { ok: true, value: id as number }
    : { ok: false, reason: 'tabId is not a tab id' };
}

/** Ads per scanAds message: far above what a content script sends (100 a batch). */
const MAX_TEXTS = 1000;

/**
 * A text over the engine's limit is cut, never refused (one big ad must not cost the batch);
 * one character past the limit stays, so the engine knows the ad went on.
 */
export function checkScanAds(v: unknown): Check<ScanAdsRequest> {
  if (!isObj(v)) return { ok: false, reason: 'scanAds payload is not an object' };
  if (typeof v.url !== 'string' || v.url.length > 4096)
    return { ok: false, reason: 'url is not a short string' };
  if (v.lang !== undefined && (typeof v.lang !== 'string' || v.lang.length > 35))
    return { ok: false, reason: 'lang is not a language tag' };
  if (!Array.isArray(v.texts) || v.texts.length > MAX_TEXTS)
    return { ok: false, reason: `texts is not a list of at most ${MAX_TEXTS}` };
  if (!v.texts.every((t) => typeof t === 'string'))
    return { ok: false, reason: 'a text is not a string' };
  const texts = (v.texts as string[]).map((t) =>
    t.length > SCAN_LIMIT + 1 ? t.slice(0, SCAN_LIMIT + 1) : t,
  );
  const value: ScanAdsRequest = { url: v.url, texts };
  if (typeof v.lang === 'string') value.lang = v.lang;
  return { ok: true, value };
}
