/**
 * Generates indicators/phone-metadata.json: for each country Lykt parses (NO, SE, DK, GB, US),
 * the numbering plan that libphonenumber-js's metadata gives (read with its own Metadata class):
 * calling code, national number pattern, possible lengths, national prefix for parsing. That
 * is all the engine's "lite" validity check needs, so the engine ships neither the ~77 KB
 * default metadata nor the Metadata class itself (the 20 KB gzip budget of the content script
 * and widget). Run: npx tsx cli/gen-phone-metadata.ts
 */
import { writeFileSync } from 'node:fs';
import { Metadata, type CountryCode } from 'libphonenumber-js/core';
import full from 'libphonenumber-js/metadata.min.json';

export const PHONE_COUNTRIES: CountryCode[] = ['NO', 'SE', 'DK', 'GB', 'US'];

/** The numbering-plan methods libphonenumber-js has but does not type. */
interface Plan {
  nationalNumberPattern(): string;
  possibleLengths(): number[];
  nationalPrefixForParsing(): string | undefined;
}
const md = new Metadata(full) as unknown as {
  selectNumberingPlan(c: CountryCode): void;
  numberingPlan: Plan;
};
/** Calling code → [country, national number pattern, possible lengths, national prefix][]. */
const out: Record<string, Array<[string, string, number[], string | null]>> = {};
for (const [code, list] of Object.entries(full.country_calling_codes))
  for (const c of list as CountryCode[]) {
    if (!PHONE_COUNTRIES.includes(c)) continue;
    md.selectNumberingPlan(c);
    const p = md.numberingPlan;
    (out[code] ??= []).push([
      c,
      p.nationalNumberPattern(),
      p.possibleLengths(),
      p.nationalPrefixForParsing() ?? null,
    ]);
  }
const json = JSON.stringify(out);
writeFileSync(new URL('../indicators/phone-metadata.json', import.meta.url), json + '\n');
console.log(`phone metadata: ${PHONE_COUNTRIES.join(',')} ${json.length} bytes`);
