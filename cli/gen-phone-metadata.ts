/**
 * Generates indicators/phone-metadata.json from libphonenumber-js's max metadata (read with its
 * own Metadata class): for each calling code Lykt reads (+1, +44, +45, +46, +47, with every
 * country that shares it), the per-type patterns and possible lengths that its isValid()
 * checks (getNumberType), merged by length, plus the national prefix of the countries an ad's
 * numbers may be read in. That is the library's validity in ~3.5 KB gzipped instead of its ~12 KB
 * core with the same metadata. It is data passed to the engine (indicators/phone-plan.ts): the
 * background sends it to the content script, which does not bundle it. contacts-phone.test.ts
 * proves it equal to the library on random numbers. Run: npx tsx cli/gen-phone-metadata.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { Metadata, type CountryCode } from 'libphonenumber-js/core';
import full from 'libphonenumber-js/metadata.max.json';

/** Countries an ad's national numbers may be read in (contacts.ts REGIONS). */
export const PHONE_COUNTRIES: CountryCode[] = ['NO', 'SE', 'DK', 'GB', 'US'];
const TYPES = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'VOIP'];
TYPES.push('PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL');

/** The numbering-plan methods libphonenumber-js has but does not type. */
interface Type {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
interface Plan {
  nationalPrefixForParsing(): string | undefined;
  type(t: string): Type | undefined;
}
const md = new Metadata(full) as unknown as {
  selectNumberingPlan(c: CountryCode): void;
  numberingPlan: Plan;
};
export const PHONE_METADATA_PATH = resolve(
  import.meta.dirname,
  '../indicators/phone-metadata.json',
);

/** The JSON file's text (as the repo's prettier formats it) and the calling codes it covers. */
export async function renderPhoneMetadata(): Promise<{ text: string; codes: string[] }> {
  const codes = Object.entries(full.country_calling_codes).filter(([, list]) =>
    (list as CountryCode[]).some((c) => PHONE_COUNTRIES.includes(c)),
  );
  /** Calling code → { types: [pattern, possible lengths][], prefix: { country: national prefix } }. */
  const out: Record<string, { types: [string, number[]][]; prefix: Record<string, string> }> = {};
  for (const [code, list] of codes) {
    const byLen = new Map<string, Set<string>>();
    const prefix: Record<string, string> = {};
    for (const c of list as CountryCode[]) {
      md.selectNumberingPlan(c);
      const p = md.numberingPlan;
      // Absent is undefined or 0 in the library's compressed metadata.
      const np = p.nationalPrefixForParsing();
      if (PHONE_COUNTRIES.includes(c)) prefix[c] = typeof np === 'string' ? np : '';
      for (const t of TYPES) {
        const d = p.type(t);
        if (!d?.pattern()) continue;
        const k = JSON.stringify(d.possibleLengths() ?? []);
        if (!byLen.has(k)) byLen.set(k, new Set());
        byLen.get(k)!.add(d.pattern());
      }
    }
    const types = [...byLen].map(([k, ps]): [string, number[]] => [
      [...ps].map((x) => `(?:${x})`).join('|'),
      JSON.parse(k) as number[],
    ]);
    out[code] = { types, prefix };
  }
  const json = JSON.stringify(out);
  const file = PHONE_METADATA_PATH;
  const text = await format(json, { ...(await resolveConfig(file)), filepath: file });
  return { text, codes: codes.map(([c]) => c) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { text, codes } = await renderPhoneMetadata();
  writeFileSync(PHONE_METADATA_PATH, text);
  console.log(`phone metadata: ${codes.map((c) => '+' + c).join(' ')} ${text.length} bytes`);
}
