/**
 * The engine: normalise → match every pattern in one pass → context → negation → weights →
 * level, plus contacts. Build once with createEngine(), then scan many ads. A scan reuses its
 * buffers, so an ad allocates little beyond its result.
 */
import { compile, type Lexicons } from './compile';
import { contactsAt } from './contacts';
import { phonePlan, type PhoneMetadata } from './phone-plan';
import { contextScratch, detectContext, isClientExclusion } from './context';
import { dropUnbacked, select, sortOrder, Spans } from './findings';
import { createHits, type Hits } from './matcher';
import { createBuffers, normalize, type Normalized } from './normalize';
import { foldString } from './char-class';
import { clientAge } from './client-age';
import { looksVote } from './looks';
import { namedMenu } from './named-menu';
import { places } from './places';
import {
  FAVOURITE_WORDS,
  GIRLS_WORDS,
  OUR_WORDS,
  STOCK_WORDS,
  favourites,
  markerBits,
} from './markers';
import { statCandidates, statsMenu } from './stats-menu';
import { clip } from './limit';
import { maskVocabulary, unmask } from './masked';
import { bitsOf, LevelTally, round } from './score';
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

const ESCORT = 1 << CONTEXTS.indexOf('escort');
const ESCORT_MASSAGE = ESCORT | (1 << CONTEXTS.indexOf('massage'));
const ETHNICITY = CATEGORIES.indexOf('ethnicity');
const MOVEMENT = CATEGORIES.indexOf('movement');
const NOT_CLINIC = bitsOf([
  'massage-sex',
  'risky-services',
  'third-party',
  'youth',
  'recruitment',
  'labour',
]);

/** Whether a live span says more than a clinic would: a sexual service, a third party, youth or
 * hiring (places(): a clinic's nationality is its style). */
function notClinic(sp: Spans, code: Uint8Array): boolean {
  for (let i = 0; i < sp.n; i++)
    if (sp.live[i] && (NOT_CLINIC & (1 << code[sp.p[i]!]!)) !== 0) return true;
  return false;
}
/** A title's last words " - 23": the age the poster entered, which Backpage appends to personal ads. */
const TITLE_AGE = /\s[-–—]\s?([1-6]\d)\s*$/;
/** A poster's age in the title votes like one weak escort word. */
const AGE_VOTE = 1;
/** "teen", "t33n", "t.e.e.n" have two e's; "ten" and "tens" have one (after foldString). */
const TWO_E = /[e3][^a-z]*[e3]/;
/**
 * A country and its people are one woman's, not two on a menu ("Filipina from the Philippines",
 * "Thai girl, just back from Thailand"): the stems (five letters) that differ, for the
 * nationalities Asian escort ads name most. "Caucasian" is a European's field value ("Caucasian
 * (N. American / W. European)", detect76).
 */
const SAME_LAND: Record<string, string> = {
  cauca: 'europ',
  filip: 'phili',
  pinay: 'phili',
  thail: 'thai',
  chine: 'china',
};
/** The listed ethnicities of one ad (menu of women), reused across scans. */
const listed: string[] = [];

/**
 * An agency's own voice with adjectives or a count between ("one of our brunette London escorts",
 * "our top model", "our 2 blonde companions", up to four words: "our fine Las Vegas russian
 * escorts", detect139; "our verified, premium escorts", detect146): third party, as "our girls"
 * (POLICY-LOG.md, detect9). Not a rival ("fooled by these young girls", "not like these girls":
 * detect40).
 */
const OUR =
  /\b(?:one of )?(?:our|(?<!\b(?:by|like|than) )these) (?:[a-z\d]+,? ){1,4}(?:escorts?|girls?|lad(?:y|ies)|models?|companions?|babes|goddess(?:es)?|beauties|hotties)\b(?! (?:massage|masseu|therapist|staff))/i;
/** A house's stock of women ("a big collection of Indian call girls", "a fantastic selection of
 * escort ladies", "our extensive collection of profiles"): all 14 such labelled ads expect a third
 * party (detect91); so do "we provide high profile call girl" (detect104) and "(she) is offering
 * such high-class Bangalore Call Girls" (detect106), "we have the best escorts in Brisbane"
 * (detect152). Bare "girls" and "ladies" are in the lexicon ("selection of girls"), as a shop's
 * "range of ladies wigs" is not. */
const STOCK =
  /\b(?:(?:selection|collection|array|variety|verity|range|quantity) of|we (?:provide|have)|(?:is|are) offering) (?:[a-z\d-]+ ){0,3}(?:escorts|(?:call|escort) (?:girls?|ladies)|companions|models|profiles)\b/i;

/** New women with adjectives between ("NEW SWEET BEAUTIFUL GIRLS", "new hot Asian ladies"), as "new
 * girls" (detect40); not "new specials for ladies". */
export const NEW_GIRLS = /\bnew (?:(?!(?:and|for|in|or|to|with)\b)[a-z]+ ){1,3}(?:girls|ladies)\b/i;
/** Three or more women counted with a word or two between ("4 beautiful girls", "3 sexy
 * ladies"): the menu of "3 girls" (detect76); not the 7 of "24/7 genuine call girls". */
export const MANY_GIRLS =
  /(?<!24 ?[/-] ?)\b[3-9] (?:(?!(?:and|days?|for|hours?|hrs?|in|mins?|nights?|of|or|star|to|with|y(?:ea)?rs?)\b)[a-z]+ ){1,2}(?:girls|ladies)\b/i;

/** "the best body rubs in town", "the most satisfying host in town", an agency's "the most
 * attractive girls in town" are praise, not a stay: bare "in town" or "girl(s) in town" after a
 * superlative (detect153: "the most stunning and talented escorts in town"). */
const BEST =
  /\b(?:best|cheapest|finest|greatest|hottest|lowest|most|option|top|sexiest)\b[^.!?\n]{0,40}$/i;
/**
 * A time limit on a service offer ("INCALLS ONLY TONIGHT", "specials today only") is no stay,
 * unless a place follows ("outcalls tonight only in Reno"): POLICY-LOG.md, detect16.
 */
const OFFER = /(?:calls?|specials?|deals?|rates?)[\s,:-]{1,3}$/i;
const TODAY =
  /^[^.!?\n]*?(?:tonight|today|2day|weekend|\d ?days? only)(?![^.!?\n]{0,8}\b(?:in|here)\b)/i;
/**
 * Tour dates in an escort or massage ad ("june 10-16th", "April 18 to 21", "May 28 – Jul 13",
 * "june 6/7", "april 26&27"): a short stay (detect20, detect48). Within one month the range
 * runs forward, under two weeks; a time after it ("may 3/ 6-7", "june 10-12pm") is no tour.
 */
const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH = `${MONTH_NAME}\\.? ?`;
const TOUR = new RegExp(
  `\\b${MONTH}(\\d{1,2})(?:st|nd|rd|th)? ?(?:-|–|/|&|and|to|thru|through|until|till) ?(${MONTH})?(\\d{1,2})(?![\\d%]| ?[-–:] ?\\d| ?[ap]\\.?m\\b)`,
  'i',
);
/** The last day of a stay ("in Cambridge till june 22nd"). */
const UNTIL = new RegExp(`\\b(?:till?|until|untill) ${MONTH}\\d{1,2}(?!\\d| ?[ap]\\.?m\\b)`, 'i');
/** An offer that ends on a date ("special till june 5th"), or a holiday's ("Celebrate Love February
 * 14th- 17th": a spa's Valentine's package, detect152). */
const DEAL =
  /\b(?:specials?|deals?|promos?|discounts?|offers?|sales?|rates?|celebrate)\b[^.!?\n]{0,20}$/i;
/** Whether an offer word ends within 30 characters before `at` (DEAL). */
const dealBefore = (text: string, at: number) => DEAL.test(text.slice(Math.max(0, at - 30), at));
const MONTH_END = new RegExp(`${MONTH_NAME}$`, 'i');
/**
 * Whether a month's name ends right before a digit ("june 10", "Apr. 18"): TOUR can match only
 * then, and this costs a look behind each digit where the regex would try every word (engine
 * speed).
 */
function monthBeforeDigit(text: string, n: Normalized): boolean {
  for (let k = 0; k < n.nd; k++) {
    let j = n.dig[k]!;
    if (k > 0 && n.dig[k - 1] === j - 1) continue; // inside a number
    if (text.charCodeAt(j - 1) === 32) j--;
    if (text.charCodeAt(j - 1) === 46) j--;
    const c = text.charCodeAt(j - 1) | 32;
    if (c >= 97 && c <= 122 && MONTH_END.test(text.slice(Math.max(0, j - 9), j))) return true;
  }
  return false;
}

/**
 * Two women who post together ("hot duos", "my best friend and I", "my girlfriend") speak as "us"
 * (detect48, detect79).
 */
const DUO = /\bduos?\b|\bbest friends?\b|\b(?:2|two) angels\b|\bmy girl ?friends?\b/i;

/** Drops the house's voice ("call or text us") in a duo's ad: two women, not a manager. */
function duo(text: string, sp: Spans, voice: Uint8Array): void {
  for (let i = 0; i < sp.n; i++)
    if (sp.live[i] && voice[sp.p[i]!]) {
      if (!DUO.test(text)) return;
      sp.live[i] = 0;
    }
}

/**
 * One woman's heritage ("Puerto Rican, Irish, Italian and German mix", "Brazilian mother, Italian
 * and Cuban father", "I am British"), a hookup site's members, or the men she welcomes ("black
 * men, white boys, Koreans"), not a menu of women.
 */
const MIX =
  /\b(?:mix|mixed|half|blend|heritage|descent|mother|father|mom|dad|parents|members|men|boys|i am|i'm)\b/i;

/**
 * Between two groups a client exclusion lists ("No Black, Arab or Indian men", "no black or east
 * indian men", "no brown guys please (indian men)", "no black and no guys from india"): only
 * joiners, compass words, "please", the clients' nouns and "from".
 */
const JOIN =
  /^(?:[\s,/&+()]|\b(?:or|and|nor|no|og|och|eller|east|west|north|south|please|pls|sorry|men|guys|gents|from)\b)*$/i;

/**
 * Nationality words inside a client exclusion ("no black or hispanic men", "only white and asian
 * guys", "only caucasian gentlemen") name the clients she refuses or takes, not her: they are no
 * listed ethnicity (POLICY-LOG.md, detect13). `kind` per row: 1 an exclusion cue, 2 an ethnicity cue.
 * An exclusion starts a list; an ethnicity word inside it or joined to it by commas, "or", "and"
 * goes, and the list goes on from there.
 */
function clients(text: string, n: Normalized, sp: Spans, kind: Uint8Array): void {
  const { st, en } = n;
  const { p, from, to, live, order } = sp;
  let k = 0;
  let exclusions = false;
  for (let i = 0; i < sp.n; i++)
    if (live[i] && kind[p[i]!]) {
      order[k++] = i;
      exclusions ||= kind[p[i]!] === 1;
    }
  // Most ads name no client exclusion: nothing to drop, no sort.
  if (!exclusions) return;
  sortOrder(
    order,
    k,
    (x, y) => st[from[x]!]! - st[from[y]!]! || kind[p[x]!]! - kind[p[y]!]! || x - y,
  );
  let end = -1;
  for (let j = 0; j < k; j++) {
    const i = order[j]!;
    const at = st[from[i]!]!;
    if (kind[p[i]!] === 1 || (end >= 0 && (at < end || JOIN.test(text.slice(end, at))))) {
      if (kind[p[i]!] === 2) live[i] = 0;
      end = Math.max(end, en[to[i]! - 1]!);
    } else end = -1;
  }
}

/** A price right after "24h" ("12h 5000 / 24h 7000", "24h — GBP 5,700": detect139): a rate
 * table's line, not her hours; "24/7 100% real" is no price. */
const PRICE_AFTER =
  /^\s?[:=–—-]?\s?(?:[$€£]|(?:usd|gbp|eur|inr|aud|cad|nok|sek|dkk|myr|aed)\s?)?(?:\d{1,3}(?:,\d{3})+|\d{3,})(?!\d|[-. ]\d| ?days| ?%)/i;
/** A price or length right before "incall only" ("$150 20 min (incall only)", "$150.00 (incall
 * only)"): one rate's terms. */
const PRICE_BEFORE =
  /(?:\d ?(?:min|mins|hh|hr|hrs|h)|[$€£] ?\d+(?:[.,]\d\d)?|\d ?[$€£])\s?[-–(:]?\s?$/i;

/** The word whose "only" an "only text" borrows ("cash only text me", "incall only text only"). */
const ONLY_OF =
  /\b(?:in ?calls?|out ?calls?|cash|in[qe]uir(?:i?es)|services?|online|calls|play)\s*$/i;

/**
 * Drops the terms of one line of a rate table (detect49): round-the-clock cues (`kind` 1) that a
 * price follows, and "incall only" (`kind` 2) right after a price; and "only text" (`kind` 3)
 * whose "only" ends another phrase.
 */
function rates(text: string, n: Normalized, sp: Spans, kind: Uint8Array): void {
  for (let i = 0; i < sp.n; i++) {
    const k = sp.live[i] ? kind[sp.p[i]!] : 0;
    if (!k) continue;
    const start = n.st[sp.from[i]!]!;
    const end = n.en[sp.to[i]! - 1]!;
    const before = text.slice(Math.max(0, start - 12), start);
    if (
      k === 1
        ? PRICE_AFTER.test(text.slice(end, end + 12))
        : (k === 2 ? PRICE_BEFORE : ONLY_OF).test(before)
    )
      sp.live[i] = 0;
  }
}

/** Drops "teen" cues whose original text has one e: the normaliser folded a plain "ten". */
function tens(text: string, n: Normalized, sp: Spans, teen: boolean[]): void {
  for (let i = 0; i < sp.n; i++)
    if (sp.live[i] && teen[sp.p[i]!]) {
      const word = text.slice(n.st[sp.from[i]!]!, n.en[sp.to[i]! - 1]!);
      if (!TWO_E.test(foldString(word))) sp.live[i] = 0;
    }
}

/** Pushes a span of `row` over the normalised characters of original offsets [start, end). */
function mark(n: Normalized, sp: Spans, row: number, start: number, end: number): void {
  let k = 0;
  while (k < n.n && n.st[k]! < start) k++;
  let j = k;
  while (j < n.n && n.en[j]! <= end) j++;
  if (row >= 0 && j > k && n.st[k] === start) sp.push(row, k, j);
}

/**
 * Cues outside the lexicon, in an escort or massage ad (POLICY.md): a poster's age of 18 or 19 at
 * the end of the title (youth), tour dates (movement), a client age rule (restricted, client-age.ts),
 * new women ("new sweet girls") and a menu of women (third-party): three different listed
 * ethnicities (four before detect49; not one woman's mix: "mix", "half", "mother" near them),
 * three different weights or ages, two cup sizes or heights, or women named one after another.
 */
function extra(
  text: string,
  escort: boolean,
  /** Hair colours the matcher saw (women named one after another need two, or one and a stat). */
  hair: number,
  /** Marker words the matcher saw (bits, markers.ts): OUR, STOCK, NEW_GIRLS and MANY_GIRLS run
   * only after theirs (engine speed). */
  marks: number,
  age: number,
  n: Normalized,
  sp: Spans,
  rows: number[],
  code: ArrayLike<number>,
  terms: string[],
): void {
  for (let i = 0; i < sp.n; i++) {
    const at = n.st[sp.from[i]!]!;
    const row = sp.p[i]!;
    if (
      row === rows[4] || row === rows[9] || row === rows[10]
        ? BEST.test(text.slice(Math.max(0, at - 50), at))
        : code[row] === MOVEMENT &&
          OFFER.test(text.slice(Math.max(0, at - 12), at)) &&
          TODAY.test(text.slice(at, n.en[sp.to[i]! - 1]! + 12))
    )
      sp.live[i] = 0;
  }
  // A massage ad's "our ladies" are its staff, but "our stunning escorts" are the house's women.
  const our =
    marks & (OUR_WORDS | STOCK_WORDS) && (escort || /escort/i.test(text))
      ? ((marks & OUR_WORDS ? OUR.exec(text) : null) ??
        (marks & STOCK_WORDS ? STOCK.exec(text) : null))
      : null;
  if (our && (escort || /escort/i.test(our[0])))
    mark(n, sp, rows[3]!, our.index, our.index + our[0].length);
  const fresh = marks & GIRLS_WORDS ? NEW_GIRLS.exec(text) : null;
  if (fresh) mark(n, sp, rows[6]!, fresh.index, fresh.index + fresh[0].length);
  const many = marks & GIRLS_WORDS ? MANY_GIRLS.exec(text) : null;
  if (many) mark(n, sp, rows[2]!, many.index, many.index + many[0].length);
  const rule = clientAge(text, n);
  if (rule) mark(n, sp, rows[7]!, rule[0], rule[1]);
  const dated = monthBeforeDigit(text, n);
  const tour = dated ? TOUR.exec(text) : null;
  const days = tour ? (tour[2] ? 1 : +tour[3]! - +tour[1]!) : 0;
  if (days > 0 && days < 15 && !dealBefore(text, tour!.index))
    mark(n, sp, rows[5]!, tour!.index, tour!.index + tour![0].length);
  const until = dated ? UNTIL.exec(text) : null;
  if (until && !dealBefore(text, until.index))
    mark(n, sp, rows[5]!, until.index, until.index + until[0].length);
  if (age === 18 || age === 19) {
    const at = text.indexOf(
      String(age),
      TITLE_AGE.exec(text.slice(0, text.indexOf('\n') >>> 0))!.index,
    );
    mark(n, sp, rows[age - 18]!, at, at + 2);
  }
  // The listed ethnicities, by their first five letters: an array, since clearing a Set
  // allocates a new table (V8) and this runs for every escort and massage ad.
  listed.length = 0;
  let first = -1;
  for (let i = 0; i < sp.n; i++)
    // "Exotic" is a style, not one more woman on the menu.
    if (sp.live[i] && code[sp.p[i]!] === ETHNICITY && terms[sp.p[i]!] !== 'exotic') {
      const at = n.st[sp.from[i]!]!;
      if (first < 0 || at < first) first = at;
      const stem = terms[sp.p[i]!]!.slice(0, 5);
      const key = SAME_LAND[stem] ?? stem;
      if (!listed.includes(key) && listed.push(key) > 2) {
        const end = n.en[sp.to[i]! - 1]!;
        if (MIX.test(text.slice(Math.max(0, first - 30), end + 30))) break;
        // Three in one run ("Puerto Rican, Dominican, Latina") are one woman's; three apart
        // (one per woman) or four are a menu.
        if (listed.length > 3 || end - first > 60) return sp.push(rows[2]!, sp.from[i]!, sp.to[i]!);
      }
    }
  const candidates = statCandidates(text, n);
  const m = statsMenu(text, n, candidates);
  const named = !m && (hair > 1 || (hair > 0 && candidates > 0));
  const at = m ? [m.index, m.index + m[0].length] : named ? namedMenu(text) : null;
  if (at) mark(n, sp, rows[2]!, at[0]!, at[1]!);
}

/** First-person words: a card written about her has at most one. */
const FIRST = /\b(?:i|me|my|myself|mine|i'm|im|i've|i'll|i'd)\b/gi;

/**
 * An escort ad written about her, not by her ("Diana is the perfect choice … you will be amazed by
 * her performance"): three or more "she / her" and at most one "I / me / my" are an agency's card,
 * a light third-party cue. Many independents write so too, so alone it asks for no closer look
 * (detect87). Escort ads only; an expression, not lexicon words: "her" in every ad's matcher
 * hits cost 1.4% of engine speed, the expression over escort ads less.
 */
const SHE = /\b(?:she|her|hers|herself)\b/gi;
function aboutHer(text: string, n: Normalized, sp: Spans, row: number): void {
  SHE.lastIndex = 0;
  let first: RegExpExecArray | null = null;
  let k = 0;
  for (let m; k < 3 && (m = SHE.exec(text)); k++) first ??= m;
  if (k < 3 || !first) return;
  FIRST.lastIndex = 0;
  let i = 0;
  while (i < 2 && FIRST.exec(text)) i++;
  if (i < 2) mark(n, sp, row, first.index, first.index + first[0].length);
}

/** The poster's age at the end of the first line (hosts put the title first, on its own line). */
function titleAge(text: string): number {
  const nl = text.indexOf('\n');
  // No title line: a short ad is all title; a long one has none.
  const line = nl < 0 ? (text.length > 400 ? '' : text) : text.slice(0, nl);
  // Only the line's end can match: the regex alone would try every space of it (engine speed).
  const m = TITLE_AGE.exec(line.trimEnd().slice(-6));
  return m && nl <= 400 ? Number(m[1]) : 0;
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
  // Client exclusions and ethnicity cues, for clients() above.
  const kind = Uint8Array.from(c.rows, (r) =>
    isClientExclusion(r) ? 1 : r.kind === 'ind' && r.entry.category === 'ethnicity' ? 2 : 0,
  );
  // "teen" rows: the normaliser folds "teen" to "ten", which a plain "ten minutes" also is.
  const teen = c.rows.map(
    (r) => r.kind === 'ind' && r.entry.id.endsWith('.youth.teen') && r.term.startsWith('teen'),
  );
  // Backing rows: the bits of the categories whose cues back them (dropUnbacked).
  const backs = Uint16Array.from(c.rows, (r) =>
    r.kind === 'ind' && r.entry.backs
      ? [r.entry.category, ...(r.entry.backs === true ? [] : r.entry.backs)].reduce(
          (m, cat) => m | (1 << CATEGORIES.indexOf(cat)),
          0,
        )
      : 0,
  );
  const voice = Uint8Array.from(c.rows, (r) => +(r.entry.id === 'en.third-party.manager-e'));
  const hairWord = Uint8Array.from(c.rows, (r) => +r.entry.id.endsWith('.hair-words'));
  const marker = markerBits(c.rows);
  // Rate-table terms, for rates() above: 1 round-the-clock, 2 incall only, 3 "only text".
  const rate = Uint8Array.from(c.rows, (r) =>
    r.entry.id.endsWith('.twenty-four-seven')
      ? 1
      : r.entry.id.endsWith('.incall-only')
        ? 2
        : r.term === 'only text'
          ? 3
          : 0,
  );
  const vocab = maskVocabulary(c);
  const norm = createBuffers(1024);
  const titleNorm = createBuffers(128);
  const hits = createHits();
  const titleHits = createHits(8);
  const ctxScratch = contextScratch(c.rows);
  const sp = new Spans();
  const tally = new LevelTally();
  let fw = new Float64Array(16);
  const termSeen = new Int32Array(c.rows.length);
  let stamp = 0;
  // The rows the cues outside the lexicon are reported as: "age 18", "age 19", a menu of women,
  // the house's voice, bare "in town", tour dates, new women, a client age rule, a card about her,
  // and "girl(s) in town" (praise after a superlative, as bare "in town").
  const rows = [
    '.youth.poster-age|poster age 18',
    '.youth.poster-age|poster age 19',
    '.third-party.menu|menu of girls',
    '.third-party.my-girls|our girls',
    '.movement.new-in-town|in town',
    '.movement.touring|tour dates',
    '.third-party.new-girls|new girls',
    '.restricted.client-age|mature gentlemen only',
    '.third-party.about-her|written about her',
    '.movement.new-in-town|girls in town',
    '.movement.new-in-town|girl in town',
  ].map((k) => c.rows.findIndex((r) => k === r.entry.id.slice(2) + '|' + r.term));

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
      // Scanned with masked letters filled in; offsets and matches stay the original's.
      const read = unmask(text, vocab);
      match(read, norm, hits);
      if (typeof ad.title === 'string' && ad.title)
        match(unmask(clip(ad.title), vocab), titleNorm, titleHits);
      else titleHits.n = 0;
      const age = titleAge(text);
      const vote = age >= 18 ? AGE_VOTE : 0;
      const looks = looksVote(read, norm);
      const context = detectContext(c, hits, titleHits, ctxScratch, vote, looks);
      select(c, read, norm, hits, ctxScratch.gate, sp);
      clients(read, norm, sp, kind);
      // One walk over the hits for the marker words and the hair colours.
      let marks = 0;
      let hair = 0;
      for (let h = 0; h < hits.n * 3; h += 3) {
        marks |= marker[hits.a[h]!]!;
        hair += hairWord[hits.a[h]!]!;
      }
      const massage = context === 'massage';
      places(read, norm, sp, kind, marks, massage, massage && !notClinic(sp, code));
      tens(read, norm, sp, teen);
      rates(read, norm, sp, rate);
      if (marks & FAVOURITE_WORDS) favourites(read, norm, sp);
      if ((ctxScratch.gate & ESCORT_MASSAGE) !== 0) {
        const escort = (ctxScratch.gate & ESCORT) !== 0;
        extra(read, escort, hair, marks, age, norm, sp, rows, code, terms);
        if (context === 'escort') aboutHer(read, norm, sp, rows[8]!);
      }
      duo(read, sp, voice);
      dropUnbacked(sp, backs, code);
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
