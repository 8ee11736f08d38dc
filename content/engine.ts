/** The engine for the user's languages and terms, built from the lexicons the background holds. */
import { createEngineFrom } from '../indicators/core';
import type { ScanResult } from '../indicators/types';
import type { Startup } from '../messaging/protocol';
import type { ScanEngine } from './scanner';

export function buildEngine({ settings, lexicons }: Startup): ScanEngine {
  return createEngineFrom(lexicons, {
    langs: settings.langs,
    customTerms: settings.customTerms,
    disabledCategories: settings.disabledCategories,
  });
}

/** Ads' text sent to the background's engine; the reply holds one result per text, in order. */
export type RemoteScan = (texts: string[]) => Promise<ScanResult[]>;
