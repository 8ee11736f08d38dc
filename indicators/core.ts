/**
 * The engine without lexicon or phone data: for hosts that get both from elsewhere (the
 * content script receives them from the background, which keeps its bundle small).
 *
 *   const engine = createEngineFrom({ nb, en }, phoneMetadata, { langs: ['nb', 'en'] });
 */
export { createEngineFrom, type Engine, type EngineOptions } from './engine';
export type { Lexicons } from './compile';
export type { Lexicon } from './lexicon/types';
export type { PhoneMetadata } from './phone-plan';
export { applySharedContacts, linkSharedContacts } from './shared';
export { HIGH as HIGH_SCORE } from './score';
export * from './types';
export { SCAN_LIMIT } from './limit';
