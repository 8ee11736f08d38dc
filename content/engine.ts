/** The page's own engine (the scan port's fallback), built from the data the background sends. */
import { createEngineFrom, type Engine } from '../indicators/core';
import type { Startup } from '../messaging/protocol';
import { engineOptions } from '../settings/engine-options';

export function buildEngine({ settings, lexicons, phones }: Startup): Engine {
  return createEngineFrom(lexicons, phones, engineOptions(settings));
}
