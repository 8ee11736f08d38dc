/**
 * The engine: normalise → match every pattern in one pass → context → negation → weights →
 * level, plus contacts. Build once with createEngine(), then scan many ads. A scan reuses its
 * buffers, so an ad allocates little beyond its result.
 */
import { compile, type Lexicons } from './compile';
import { contactsAt } from './contacts';
import { phonePlan, type PhoneMetadata } from './phone-plan';
import { contextScratch, detectContext } from './context';
import { select, sortOrder, Spans } from './findings';
import { createHits, type Hits } from './matcher';
import { createBuffers, normalize, type Normalized } from './normalize';
import { clip } from './limit';
import { LevelTally, round } from './score';
import {
  CATEGORIES,
  CONTEXTS,
  LANGS,
  type AdInput,
  type Category,
  type CustomTerm,
  type Finding,
  type Lang,
  type ScanResult,
} from './types';

const ESCORT_MASSAGE = (1 << CONTEXTS.indexOf('escort')) | (1 << CONTEXTS.indexOf('massage'));
/** A title's last words " - 23": the age the poster entered, which Backpage appends to personal ads. */
const TITLE_AGE = /\s[-–—]\s?([1-6]\d)\s*$/;

/** The poster's age at the end of the ad's first line (hosts put the title first, on its own
 * line), with the offset of its digits; or -1. */
function titleAge(text: string, out: Int32Array): number {
  const nl = text.indexOf('\n');
  // No title line: a short ad is all title; a long one has none.
  const line = nl < 0 ? (text.length <= 400 ? text : '') : nl <= 400 ? text.slice(0, nl) : '';
  const m = TITLE_AGE.exec(line);
  if (!m || Number(m[1]) < 18) return -1;
  out[0] = m.index + m[0].lastIndexOf(m[1]!);
  return Number(m[1]);
}

/** Normalised characters [from, to) covering original offsets [start, end), or from = -1. */
function spanOf(n: Normalized, start: number, end: number, out: Int32Array): void {
  let k = 0;
  while (k < n.n && n.st[k]! < start) k++;
  let j = k;
  while (j < n.n && n.en[j]! <= end) j++;
  out[0] = j > k && n.st[k] === start ? k : -1;
  out[1] = j;
}
const at = new Int32Array(2);
const ageAt = new Int32Array(1);
/** A poster's age in the title votes like one weak escort word: Backpage shows it on personal ads. */
const AGE_VOTE = 1;

/** A poster's age of 18 or 19 as a youth cue: a selling point in an escort or massage ad, like
 * "im 19" (POLICY.md). */
function youngPoster(age: number, from: number, n: Normalized, rows: readonly number[], sp: Spans) {
  const row = age === 18 || age === 19 ? rows[age - 18]! : -1;
  if (row < 0) return;
  spanOf(n, from, from + 2, at);
  if (at[0]! >= 0) sp.push(row, at[0]!, at[1]!);
}

/**
 * Stats of several women in one ad (a menu: "Crystal … 115 lb 34C ? Vanessa … 110 lb 36C"): three
 * different weights, cup sizes or stated ages. One woman's profile repeats hers (or gives them in
 * lb and kg), so it never has three. Group 1: weight in lb, 2: in kg, 3: cup, 4 and 5: age.
 */
const STATS =
  /\b(\d{2,3}) ?lbs?\b|\b(\d{2,3}) ?kg\b|\b(3[2-9] ?(?:[b-gB-G]|dd|DD|ddd|DDD))(?![a-zA-Z])|\bage:? ?(\d\d)\b|\b(\d\d) ?(?:yrs? ?old|years? ?old|yo|år)\b/gi;
const statSeen = [new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>()];

function menu(text: string, n: Normalized, row: number, sp: Spans): void {
  for (const set of statSeen) set.clear();
  STATS.lastIndex = 0;
  for (let m; (m = STATS.exec(text)) !== null;) {
    const g = m[1] ? 1 : m[2] ? 2 : m[3] ? 3 : m[4] ? 4 : 5;
    const set = statSeen[Math.min(g, 4) - 1]!;
    set.add(m[g]!.replace(' ', '').toLowerCase());
    if (set.size < 3) continue;
    spanOf(n, m.index, m.index + m[0].length, at);
    if (at[0]! >= 0) sp.push(row, at[0]!, at[1]!);
    return;
  }
}

export interface EngineOptions {
  langs?: Lang[];
  customTerms?: CustomTerm[];
  disabledCategories?: Category[];
}

export interface Engine {
  scan(ad: AdInput): ScanResult;
}

/**
 * Builds an engine from the given lexicons and phone metadata (no data is imported here: the
 * content script gets both from the background). Languages without a lexicon are skipped.
 * `phones: null` finds no phone numbers: only for a host that never shows contacts (the widget).
 */
export function createEngineFrom(
  lexicons: Lexicons,
  phones: PhoneMetadata | null,
  options: EngineOptions = {},
): Engine {
  const c = compile(
    lexicons,
    options.langs ?? LANGS,
    options.customTerms ?? [],
    new Set(options.disabledCategories ?? []),
  );
  const { matcher, code, weight, termKey } = c;
  const plan = phones ? phonePlan(phones) : null;
  const terms = c.rows.map((r) => r.term);
  const norm = createBuffers(1024);
  const titleNorm = createBuffers(128);
  const hits = createHits();
  const titleHits = createHits(8);
  const ctxScratch = contextScratch(c.rows.length);
  const sp = new Spans();
  const tally = new LevelTally();
  let fw = new Float64Array(16);
  const termSeen = new Int32Array(c.rows.length);
  let stamp = 0;
  // The rows a Backpage title's poster age ("… - 19") is reported as (POLICY.md).
  const ageRow = (n: string) =>
    c.rows.findIndex((r) => r.kind === 'ind' && r.entry.id.endsWith('.youth.teen') && r.term === n);
  const ageRows = [ageRow('age 18'), ageRow('age 19')];
  const menuRow = c.rows.findIndex(
    (r) => r.kind === 'ind' && r.entry.id.endsWith('.third-party.menu'),
  );

  const match = (s: string, n: Normalized, h: Hits) => {
    normalize(s, n);
    matcher.run(n.buf, n.n, h);
  };

  /** Weights the live spans; fills `fw` (final weight per span) and returns the score. */
  function weigh(st: Int32Array): number {
    const { p, from, live, order } = sp;
    if (fw.length < sp.n) fw = new Float64Array(sp.p.length);
    // Heaviest first, then by position, then hit order.
    let k = 0;
    for (let i = 0; i < sp.n; i++) if (live[i] !== 0) order[k++] = i;
    sortOrder(
      order,
      k,
      (x, y) => weight[p[y]!]! - weight[p[x]!]! || st[from[x]!]! - st[from[y]!]! || x - y,
    );
    const seen = ++stamp;
    let cats = 0;
    let score = 0;
    for (let j = 0; j < k; j++) {
      const i = order[j]!;
      const row = p[i]!;
      const bit = 1 << code[row]!;
      const w = weight[row]!;
      fw[i] = termSeen[termKey[row]!] === seen ? 0 : (cats & bit) !== 0 ? round(w / 2) : w;
      termSeen[termKey[row]!] = seen;
      cats |= bit;
      score += fw[i]!;
    }
    return round(score);
  }

  return {
    scan(ad: AdInput): ScanResult {
      const full = typeof ad.text === 'string' ? ad.text : '';
      const text = clip(full);
      match(text, norm, hits);
      if (typeof ad.title === 'string' && ad.title) match(clip(ad.title), titleNorm, titleHits);
      else titleHits.n = 0;
      const age = titleAge(text, ageAt);
      const context = detectContext(c, hits, titleHits, ctxScratch, age > 0 ? AGE_VOTE : 0);
      select(c, norm, hits, ctxScratch.gate, sp);
      if ((ctxScratch.gate & ESCORT_MASSAGE) !== 0) {
        if (age > 0) youngPoster(age, ageAt[0]!, norm, ageRows, sp);
        if (menuRow >= 0) menu(text, norm, menuRow, sp);
      }
      const { st, en } = norm;
      const score = weigh(st);
      // Findings by position (start, then longest first, then hit order), with their final weights.
      const { p, from, to, live, order } = sp;
      let k = 0;
      for (let i = 0; i < sp.n; i++) if (live[i] !== 0) order[k++] = i;
      sortOrder(
        order,
        k,
        (x, y) => st[from[x]!]! - st[from[y]!]! || en[to[y]! - 1]! - en[to[x]! - 1]! || x - y,
      );
      const indicators: Finding[] = [];
      tally.reset();
      for (let j = 0; j < k; j++) {
        const i = order[j]!;
        const row = p[i]!;
        const start = st[from[i]!]!;
        const end = en[to[i]! - 1]!;
        const f: Finding = {
          category: CATEGORIES[code[row]!]!,
          term: terms[row]!,
          match: text.slice(start, end),
          start,
          end,
          weight: fw[i]!,
          base: weight[row]!,
        };
        tally.add(code[row]!, fw[i]!, context);
        indicators.push(f);
      }
      const contacts = contactsAt(text, ad.lang, norm.dig, norm.nd, plan, norm.brackets);
      const result: ScanResult = {
        context,
        level: tally.level(score, context),
        score,
        indicators,
        contacts,
      };
      if (text.length < full.length) result.truncated = true;
      return result;
    },
  };
}
