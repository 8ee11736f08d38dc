/**
 * The content script's start: settings, the lexicons of the enabled languages and the phone
 * metadata, in one round trip. The data lives here, in the background, so the content script
 * stays small.
 */
import { LEXICONS } from '../indicators/lexicon';
import { PHONE_METADATA } from '../indicators/phone-data';
import { LANGS } from '../indicators/types';
import type { Startup } from '../messaging/protocol';
import type { Settings } from '../settings/types';

export function startupFor(settings: Settings): Startup {
  const lexicons: Startup['lexicons'] = {};
  // Only known languages: settings come validated, but the lookup must not reach the prototype.
  for (const lang of settings.langs) if (LANGS.includes(lang)) lexicons[lang] = LEXICONS[lang];
  return { settings, lexicons, phones: PHONE_METADATA };
}
