/** The settings that shape the engine: the background's warm engine and the page's fallback agree. */
import type { EngineOptions } from '../indicators/core';
import type { Settings } from './types';

export function engineOptions(s: Settings): EngineOptions {
  return { langs: s.langs, customTerms: s.customTerms, disabledCategories: s.disabledCategories };
}

/** Same key, same engine: the background rebuilds only when one of these settings changed. */
export const engineKey = (s: Settings): string => JSON.stringify(engineOptions(s));
