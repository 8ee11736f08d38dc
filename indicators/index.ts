/**
 * Lykt's indicator engine. Pure TypeScript: runs in Node (CLI, tests), the extension and the widget.
 *
 *   const engine = createEngine();            // build once (all languages)
 *   const results = ads.map((ad) => engine.scan(ad));
 *   linkSharedContacts(results);               // batch: same phone/e-mail behind several ads
 */
export { createEngine, type Engine, type EngineOptions } from './engine';
export { applySharedContacts, linkSharedContacts } from './shared';
export { HIGH as HIGH_SCORE, MEDIUM as MEDIUM_SCORE } from './score';
export * from './types';
