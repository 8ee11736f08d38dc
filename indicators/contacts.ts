/**
 * Phone numbers and e-mail addresses, including disguised ones ("nine 1 two 3…", "4five5",
 * "anna (at) mail [dot] com"). A number is valid exactly when libphonenumber-js (max metadata)
 * says so (phone-plan.ts). One ad's national numbers are read in one region.
 */
import { digitsOf, NUMBER_WORDS, phoneRegions } from './contact-windows';
import { AT_WORDS, nextEmail } from './email-scan';
import { clip } from './limit';
import type { PhonePlan } from './phone-plan';
import type { Contact } from './types';

/** Regions a national number may be read in, in order of preference on a tie. */
const REGIONS = ['NO', 'SE', 'DK', 'GB', 'US'];

const WORDS: Record<string, number> = {};
// en, nb, sv, da number words.
NUMBER_WORDS.split('|').forEach((group, digit) =>
  group.split(' ').forEach((w) => (WORDS[w] = digit)),
);
const ALT = Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const UNIT = `(?:\\d|(?<!\\p{L})(?:${ALT})(?!\\p{L}))`;
export const PHONE_RE = new RegExp(`\\+?${UNIT}(?:[\\s.\\-()/]{0,3}${UNIT}){7,14}`, 'giu');
const UNIT_RE = new RegExp(UNIT, 'giu');

const BR = (words: string) => `\\s*[(\\[{<]\\s*(?:${words})\\s*[)\\]}>]\\s*`;
const AT = `(?:\\s*@\\s*|${BR(AT_WORDS)})`;
const DOT = `(?:\\.|${BR('dot|punkt|punktum|prik')})`;
export const EMAIL_RE = new RegExp(
  `[\\p{L}\\d_%+-](?:[\\p{L}\\d._%+-]*[\\p{L}\\d_%+-])?${AT}[\\p{L}\\d-]+(?:${DOT}[\\p{L}\\d-]+)*?${DOT}\\p{L}{2,12}(?![\\p{L}\\d])`,
  'iuy', // sticky: tried at chosen starts only (email-scan.ts)
);
const AT_SPLIT = new RegExp(AT, 'iu');
const DOT_SPLIT = new RegExp(DOT, 'giu');

/** (201) 555-0123 and 201-555-0123 are written the American way. */
const US_FORMAT = /^(?:\(\d{3}\)\s?|\d{3}[.-])\d{3}[\s.-]\d{4}$/;
/** A label that makes the digits after it an id, not a phone number ("Post ID: 11055482"). */
const ID_LABEL =
  /(?:\b(?:id|ref|reference|referanse|referens|order|ordre|item|post|annonse|annons|finn-?kode|kode|code|ad)(?:\s*(?:id|nr|no|number|nummer))?\.?\s*[:#]?|#)\s*$/i;
/**
 * Regions in order of preference on a tie, by the ad's language. An English ad on a Norwegian
 * site may give a Norwegian number, so English prefers American and British but allows all.
 */
const LANG_REGIONS: Record<string, string[]> = {
  nb: ['NO'],
  nn: ['NO'],
  no: ['NO'],
  sv: ['SE'],
  da: ['DK'],
  en: ['US', 'GB', 'NO', 'SE', 'DK'],
};
/** A date, a year range or body measurements, not a phone number ("30.11.2018", "2013-2014", "36-24-36"). */
const DATE_OR_SIZE =
  /^(?:(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d\s?[-–/]\s?(?:19|20)\d\d)$|[2-5]\d-[2-5]\d-[2-5]\d(?!\d))/;

/** One reading of a run of units: its digits and where it lies in the text. */
interface Part {
  digits: string;
  plus: boolean;
  start: number;
  end: number;
}
/** A run the phone expression found: its readings, best first, and whether it looks American. */
interface Run {
  parts: Part[];
  us: boolean;
}

/** A unit of a run (a match of UNIT_RE): its text and where it starts in the run. */
type Unit = { readonly 0: string; readonly index: number };

/**
 * The units of a run: its digits when it holds only digits and separators (most numbers:
 * UNIT_RE finds nothing else there), without the expression's per-match arrays; else UNIT_RE's.
 */
function unitsOf(run: string): Unit[] {
  if (/[^\d\s+.()/-]/.test(run)) return [...run.matchAll(UNIT_RE)];
  const units: Unit[] = [];
  for (let i = 0; i < run.length; i++)
    if (run[i]! >= '0' && run[i]! <= '9') units.push({ 0: run[i]!, index: i });
  return units;
}

/** A unit is a digit (one character) or a number word. */
const isDigit = (u: string) => u.length === 1 && u.charCodeAt(0) <= 57 && u.charCodeAt(0) >= 48;

/** Units [a, b) of a run at `start` as one reading. */
function partOf(units: Unit[], a: number, b: number, start: number, plus: boolean): Part {
  const last = units[b - 1]!;
  let digits = '';
  for (let i = a; i < b; i++) {
    const u = units[i]![0];
    digits += isDigit(u) ? u : WORDS[u.toLowerCase()];
  }
  return {
    digits,
    plus: plus && a === 0,
    start: start + (a === 0 && plus ? 0 : units[a]!.index),
    end: start + last.index + last[0].length,
  };
}

function runAt(text: string, start: number, end: number): Run | undefined {
  const units = unitsOf(text.slice(start, end));
  let digitUnits = 0;
  for (const u of units) if (isDigit(u[0])) digitUnits++;
  if (digitUnits < 2 || ID_LABEL.test(text.slice(Math.max(0, start - 24), start))) return undefined;
  if (DATE_OR_SIZE.test(text.slice(start, end))) return undefined;
  const plus = text[start] === '+';
  const parts: Part[] = [];
  // The whole run, then without a stray number word at either end ("to 91234567").
  for (let a = 0; a <= 1; a++)
    for (let b = units.length; b >= units.length - 1; b--) {
      if (b - a < 8 || (a > 0 && isDigit(units[0]![0]))) continue;
      if (b < units.length && isDigit(units[units.length - 1]![0])) continue;
      parts.push(partOf(units, a, b, start, plus));
    }
  // Then without a short number after a space: "201-555-0148 10 Meadowland Parkway", and
  // without a number word in front ("text TEAM to 07700 900 105" is no "2 07700 900").
  const first = isDigit(units[0]![0]) ? 0 : 1;
  for (let b = units.length - 1; b >= Math.max(8 + first, units.length - 4); b--) {
    const last = units[b - 1]!;
    if (/\s/.test(text.slice(start + last.index + last[0].length, start + units[b]!.index)))
      parts.push(partOf(units, first, b, start, plus));
  }
  const open = start > 0 && text[start - 1] === '(' ? 1 : 0;
  return { parts, us: US_FORMAT.test(text.slice(start - open, end)) };
}

/** E.164 of a reading in `region`: with a calling code as written, else national. */
function read(plan: PhonePlan, p: Part, region: string): string | undefined {
  if (p.plus || p.digits.startsWith('00')) return plan.international(p.digits.replace(/^00/, ''));
  return (
    plan.national(p.digits, region) ??
    (p.digits.length > 9 ? plan.international(p.digits) : undefined)
  );
}

/**
 * The one region an ad's national numbers are read in: among those its language allows (any
 * without a known language), the one where most of them are valid; an American-looking number
 * counts double.
 */
function regionOf(plan: PhonePlan, runs: Run[], lang: string | undefined): string {
  const allowed = (lang && LANG_REGIONS[lang.slice(0, 2).toLowerCase()]) || REGIONS;
  let best = allowed[0]!;
  let top = -1;
  for (const r of allowed) {
    let votes = 0;
    for (const run of runs)
      if (
        run.parts.some((p) => !p.plus && !p.digits.startsWith('00') && plan.national(p.digits, r))
      )
        votes += run.us && r === 'US' ? 2 : 1;
    if (votes > top) [best, top] = [r, votes];
  }
  return best;
}

const byStart = (a: Contact, b: Contact) => a.start - b.start;
let digits = new Int32Array(256);
/** Phone numbers and e-mails in `text`, in order of appearance. */
export function findContacts(full: string, plan: PhonePlan, lang?: string): Contact[] {
  const text = clip(full);
  if (digits.length < text.length) digits = new Int32Array(text.length);
  return contactsAt(text, lang, digits, digitsOf(text, digits), plan);
}

/**
 * findContacts, given the positions of the ASCII digits in `text` (the engine's normaliser has
 * them). Without a plan (a host that never shows contacts) only e-mails are found.
 */
export function contactsAt(
  text: string,
  lang: string | undefined,
  dig: Int32Array,
  nd: number,
  plan: PhonePlan | null,
  brackets = true,
) {
  const out: Contact[] = [];
  const runs: Run[] = [];
  const win = plan ? phoneRegions(text, dig, nd) : [];
  for (let i = 0; i < win.length; i += 2) {
    const a = win[i]!;
    const b = win[i + 1]!;
    const w = text.slice(a, b);
    // exec() with lastIndex, as matchAll() does, without matchAll's copy of the expression.
    PHONE_RE.lastIndex = 0;
    for (let m = PHONE_RE.exec(w); m; m = PHONE_RE.exec(w)) {
      const run = runAt(text, a + m.index, a + m.index + m[0].length);
      if (run) runs.push(run);
    }
  }
  const region = plan && runs.length > 0 ? regionOf(plan, runs, lang) : '';
  for (const run of runs)
    for (const p of run.parts) {
      const value = read(plan!, p, region);
      if (!value) continue;
      const { start, end } = p;
      out.push({ type: 'phone', value, match: text.slice(start, end), start, end });
      break;
    }
  // Only where an "@" or a bracket is (nextEmail looks for them itself; this skips most ads).
  if (brackets || text.includes('@')) {
    for (
      let m = nextEmail(EMAIL_RE, text, 0);
      m;
      m = nextEmail(EMAIL_RE, text, m.index + m[0].length)
    ) {
      const [local, domain] = m[0].split(AT_SPLIT) as [string, string];
      const value = `${local}@${domain.split(DOT_SPLIT).join('.')}`.toLowerCase();
      out.push({ type: 'email', value, match: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  if (out.length === 0) return out;
  return out.sort(byStart);
}
