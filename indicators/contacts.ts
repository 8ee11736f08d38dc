/**
 * Phone numbers and e-mail addresses, including disguised ones ("nine 1 two 3…", "4five5",
 * "anna (at) mail [dot] com"). Numbers are checked against libphonenumber-js's numbering plans
 * for NO, SE, DK, GB, US (national number pattern, possible lengths, national prefix), read
 * from its metadata by cli/gen-phone-metadata.ts: the same "lite" check as its
 * parse()+isValid() with min metadata, in 0.3 KB.
 */
import { digitsOf, mayHoldEmail, NUMBER_WORDS, phoneWindows } from './contact-windows';
import { clip } from './limit';
import metadata from './phone-metadata.json';
import type { Contact } from './types';

interface Plan {
  re: RegExp;
  lengths: number[];
  prefix?: RegExp;
  code: string;
}
const PLANS = new Map<string, Plan>();
/** Calling code → its countries. */
const BY_CODE: Record<string, string[]> = {};
for (const [code, plans] of Object.entries(
  metadata as unknown as Record<string, [string, string, number[], string | number | null][]>,
))
  for (const [country, pattern, lengths, prefix] of plans) {
    (BY_CODE[code] ??= []).push(country);
    PLANS.set(country, {
      re: new RegExp(`^(?:${pattern})$`),
      lengths,
      prefix: prefix ? new RegExp(`^(?:${prefix})`) : undefined,
      code,
    });
  }

const WORDS: Record<string, number> = {};
// en, nb, sv, da number words.
NUMBER_WORDS.split('|').forEach((group, digit) =>
  group.split(' ').forEach((w) => (WORDS[w] = digit)),
);
const ALT = Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const UNIT = `(?:\\d|(?<!\\p{L})(?:${ALT})(?!\\p{L}))`;
const PHONE_RE = new RegExp(`\\+?${UNIT}(?:[\\s.\\-()/]{0,3}${UNIT}){7,14}`, 'giu');
const UNIT_RE = new RegExp(UNIT, 'giu');

const BR = (words: string) => `\\s*[(\\[{<]\\s*(?:${words})\\s*[)\\]}>]\\s*`;
const AT = `(?:\\s*@\\s*|${BR('at|snabel-?a|alfakrøll')})`;
const DOT = `(?:\\.|${BR('dot|punkt|punktum|prik')})`;
const EMAIL_RE = new RegExp(
  `[\\p{L}\\d_%+-](?:[\\p{L}\\d._%+-]*[\\p{L}\\d_%+-])?${AT}[\\p{L}\\d-]+(?:${DOT}[\\p{L}\\d-]+)*?${DOT}\\p{L}{2,12}(?![\\p{L}\\d])`,
  'giu',
);
const AT_SPLIT = new RegExp(AT, 'iu');
const DOT_SPLIT = new RegExp(DOT, 'giu');

/** (201) 555-0123 is written the American way. */
const US_FORMAT = /^\(\d{3}\)\s?\d{3}[\s.-]\d{4}$/;
const LANG_COUNTRY: Record<string, string> = {
  nb: 'NO',
  nn: 'NO',
  no: 'NO',
  sv: 'SE',
  da: 'DK',
  en: 'GB',
};
const COUNTRIES: string[] = ['NO', 'SE', 'DK', 'GB', 'US'];

/** E.164 if `national` (digits, maybe with national prefix) is a valid number of `country`. */
function national(digits: string, country: string): string | undefined {
  const plan = PLANS.get(country)!;
  const stripped = plan.prefix ? digits.replace(plan.prefix, '') : digits;
  for (const d of stripped === digits ? [digits] : [stripped, digits])
    if (plan.lengths.includes(d.length) && plan.re.test(d)) return `+${plan.code}${d}`;
  return undefined;
}

function international(digits: string): string | undefined {
  for (let i = 1; i <= 3; i++)
    for (const c of BY_CODE[digits.slice(0, i)] ?? []) {
      const v = national(digits.slice(i), c);
      if (v) return v;
    }
  return undefined;
}

function validate(
  digits: string,
  plus: boolean,
  lang: string | undefined,
  us: boolean,
): string | undefined {
  if (plus || digits.startsWith('00')) return international(digits.replace(/^00/, ''));
  const hint = us ? 'US' : lang ? LANG_COUNTRY[lang.slice(0, 2).toLowerCase()] : undefined;
  // Hinted country first, then a country code written without "+" (4791234567), then the rest.
  return (
    (hint && national(digits, hint)) ||
    (digits.length > 9 && international(digits)) ||
    anyCountry(digits)
  );
}

function anyCountry(digits: string): string | undefined {
  for (const c of COUNTRIES) {
    const v = national(digits, c);
    if (v) return v;
  }
  return undefined;
}

/** A unit is a digit (one character) or a number word. */
const isDigit = (u: string) => u.length === 1 && u.charCodeAt(0) <= 57 && u.charCodeAt(0) >= 48;

function phoneAt(text: string, start: number, end: number, lang?: string): Contact | undefined {
  const units = [...text.slice(start, end).matchAll(UNIT_RE)];
  let digitUnits = 0;
  for (const u of units) if (isDigit(u[0])) digitUnits++;
  if (digitUnits < 2) return undefined;
  const plus = text[start] === '+';
  const us = US_FORMAT.test(text.slice(Math.max(0, start - 1), end));
  // Try the whole run, then without a stray number word at either end ("to 91234567").
  for (let a = 0; a <= 1; a++)
    for (let b = units.length; b >= units.length - 1; b--) {
      const part = units.slice(a, b);
      if (part.length < 8 || (a > 0 && isDigit(units[0]![0]))) continue;
      if (b < units.length && isDigit(units[units.length - 1]![0])) continue;
      const digits = part.map((u) => (isDigit(u[0]) ? u[0] : WORDS[u[0].toLowerCase()])).join('');
      const value = validate(digits, plus && a === 0, lang, us);
      const first = part[0]!;
      const lastU = part[part.length - 1]!;
      if (value) {
        const from = start + (a === 0 && plus ? 0 : first.index);
        const to = start + lastU.index + lastU[0].length;
        return { type: 'phone', value, match: text.slice(from, to), start: from, end: to };
      }
    }
  return undefined;
}

const byStart = (a: Contact, b: Contact) => a.start - b.start;
let digits = new Int32Array(256);
/** Phone numbers and e-mails in `text`, in order of appearance. */
export function findContacts(full: string, lang?: string): Contact[] {
  const text = clip(full);
  if (digits.length < text.length) digits = new Int32Array(text.length);
  return contactsAt(text, lang, digits, digitsOf(text, digits));
}

/** findContacts, given the positions of the ASCII digits in `text` (the engine's normaliser has them). */
export function contactsAt(
  text: string,
  lang: string | undefined,
  dig: Int32Array,
  nd: number,
  brackets = true,
) {
  const out: Contact[] = [];
  const win = phoneWindows(text, dig, nd);
  for (let i = 0; i < win.length; i += 2) {
    const a = win[i]!;
    const b = win[i + 1]!;
    const w = text.slice(a, b);
    // exec() with lastIndex, as matchAll() does, without matchAll's copy of the expression.
    PHONE_RE.lastIndex = 0;
    for (let m = PHONE_RE.exec(w); m; m = PHONE_RE.exec(w)) {
      const c = phoneAt(text, a + m.index, a + m.index + m[0].length, lang);
      if (c) out.push(c);
    }
  }
  if (mayHoldEmail(text, brackets)) {
    EMAIL_RE.lastIndex = 0;
    for (let m = EMAIL_RE.exec(text); m; m = EMAIL_RE.exec(text)) {
      const [local, domain] = m[0].split(AT_SPLIT) as [string, string];
      const value = `${local}@${domain.split(DOT_SPLIT).join('.')}`.toLowerCase();
      out.push({ type: 'email', value, match: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  if (out.length === 0) return out;
  return out.sort(byStart);
}
