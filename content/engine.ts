/**
 * The page's own engine (the scan port's fallback), built from the data the background sends.
 * Built as its own ES module (entrypoints/page-engine.ts → page-engine.js, web-accessible) and
 * imported only when a page must scan by itself: the content script every page loads stays
 * small (issue 5), and most pages never need it (the background's engine answers).
 */
import { createEngineFrom, type Engine } from '../indicators/core';
import type { Startup } from '../messaging/protocol';
import { engineOptions } from '../settings/engine-options';

export function buildEngine({ settings, lexicons, phones }: Startup): Engine {
  return createEngineFrom(lexicons, phones, engineOptions(settings));
}

/** What page-engine.js exports. */
export interface EngineModule {
  buildEngine: typeof buildEngine;
}
