/**
 * Phone validity equal to libphonenumber-js (max metadata): the per-type patterns for +1, +44,
 * +45, +46 and +47 that cli/gen-phone-metadata.ts writes to phone-metadata.json, proved equal
 * to the library by tests/unit/contacts-phone.test.ts. The metadata is passed in, not imported:
 * a host that receives it as data (the content script, from the background) does not bundle it.
 */

/** Calling code → its type patterns with possible lengths; country → its national prefix. */
export type PhoneMetadata = Record<
  string,
  { types: [string, number[]][]; prefix: Record<string, string> }
>;

export class PhonePlan {
  /** Calling code → its type patterns. */
  private readonly types = new Map<string, [RegExp, number[]][]>();
  /** Country → [calling code, national prefix]. */
  private readonly region = new Map<string, [string, RegExp | undefined]>();
  /** National prefix of the calling code's main country ("+44 (0)20…" drops the 0). */
  private readonly prefix = new Map<string, RegExp | undefined>();

  constructor(metadata: PhoneMetadata) {
    for (const [code, { types, prefix }] of Object.entries(metadata)) {
      this.types.set(
        code,
        types.map(([re, lengths]) => [new RegExp(`^(?:${re})$`), lengths]),
      );
      for (const [country, p] of Object.entries(prefix)) {
        const re = p ? new RegExp(`^(?:${p})`) : undefined;
        this.region.set(country, [code, re]);
        if (!this.prefix.has(code)) this.prefix.set(code, re);
      }
    }
  }

  /** libphonenumber-js's isValid() for a national number of calling code `code`. */
  validNational(code: string, nn: string): boolean {
    for (const [re, lengths] of this.types.get(code) ?? [])
      if ((lengths.length === 0 || lengths.includes(nn.length)) && re.test(nn)) return true;
    return false;
  }

  /** E.164 of a number written nationally in `region` (maybe with its national prefix). */
  national(digits: string, region: string): string | undefined {
    const r = this.region.get(region);
    if (!r) return undefined;
    const [code, prefix] = r;
    const stripped = prefix ? digits.replace(prefix, '') : digits;
    for (const d of stripped === digits ? [digits] : [stripped, digits])
      if (this.validNational(code, d)) return `+${code}${d}`;
    return undefined;
  }

  /** E.164 of a number written with its calling code ("+47…", "0047…", "4791234567"). */
  international(digits: string): string | undefined {
    for (let i = 1; i <= 3; i++) {
      const code = digits.slice(0, i);
      if (!this.types.has(code)) continue;
      const nn = digits.slice(i);
      if (this.validNational(code, nn)) return `+${digits}`;
      const stripped = nn.replace(this.prefix.get(code) ?? /^$/, '');
      if (stripped !== nn && this.validNational(code, stripped)) return `+${code}${stripped}`;
    }
    return undefined;
  }
}

const plans = new WeakMap<PhoneMetadata, PhonePlan>();
/** The plan for `metadata`, compiled once per metadata object. */
export function phonePlan(metadata: PhoneMetadata): PhonePlan {
  let p = plans.get(metadata);
  if (!p) plans.set(metadata, (p = new PhonePlan(metadata)));
  return p;
}
