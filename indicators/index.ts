/**
 * Lykt's indicator engine. Pure TypeScript: runs in Node (CLI, tests), the extension and the widget.
 *
 *   const engine = createEngine();            // build once (all languages)
 *   const results = ads.map((ad) => engine.scan(ad));
 *   linkSharedContacts(results);               // batch: same phone/e-mail behind several ads
 *
 * core.ts is the same engine without the bundled lexicons and phone metadata (createEngineFrom).
 */
import { createEngineFrom, type Engine, type EngineOptions } from './engine';
import { LEXICONS } from './lexicon';
import { PHONE_METADATA } from './phone-data';

export * from './core';
export { findContacts, PHONE_METADATA } from './phone-data';

/** An engine over the bundled lexicons and phone metadata (all four languages unless `langs` says otherwise). */
export function createEngine(options: EngineOptions = {}): Engine {
  return createEngineFrom(LEXICONS, PHONE_METADATA, options);
}
