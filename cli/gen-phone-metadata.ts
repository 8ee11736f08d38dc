/**
 * Generates indicators/phone-metadata.json: libphonenumber-js metadata cut down to the countries
 * Lykt parses (NO, SE, DK, GB, US). The default metadata is ~77 KB; this is ~6 KB, which is what
 * keeps the whole engine under the 20 KB gzip budget of the content script and widget.
 * Run: npx tsx cli/gen-phone-metadata.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const PHONE_COUNTRIES = ['NO', 'SE', 'DK', 'GB', 'US'];

interface Metadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
}
const require = createRequire(import.meta.url);
const full = JSON.parse(
  readFileSync(require.resolve('libphonenumber-js/metadata.min.json'), 'utf8'),
) as Metadata;
const out: Metadata = { version: full.version, country_calling_codes: {}, countries: {} };
for (const [code, list] of Object.entries(full.country_calling_codes)) {
  const kept = list.filter((c) => PHONE_COUNTRIES.includes(c));
  if (kept.length) out.country_calling_codes[code] = kept;
}
for (const c of PHONE_COUNTRIES) out.countries[c] = full.countries[c];
const json = JSON.stringify(out);
writeFileSync(new URL('../indicators/phone-metadata.json', import.meta.url), json + '\n');
console.log(`phone metadata: ${PHONE_COUNTRIES.join(',')} ${json.length} bytes`);
