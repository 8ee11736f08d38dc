/**
 * Ad context from context cues in the title (counted double) and the text, and the contexts whose
 * cues count (the gate). Unambiguous cues (lexicon entries that count in every context: "no
 * condom", "call our driver", "we keep your passport") vote too, so they pull the context with
 * them: a car ad that says "new girls every week, no condom" is read as an escort ad.
 */
import { CTX, IND, type Compiled, type Row } from './compile';
import { GATES } from './lexicon/types';
import type { Hits } from './matcher';
import { CATEGORIES, CONTEXTS, type AdContext, type Category } from './types';

// Ties go to the first: a massage ad that mentions a job is still a massage ad, and an escort's
// page that speaks of her fees per hour or of clients hiring her is no job ad (detect42).
const ORDER = (['massage', 'escort', 'job', 'dating', 'other'] as const).map((c) =>
  CONTEXTS.indexOf(c),
);
const ESCORT = CONTEXTS.indexOf('escort');
const JOB = CONTEXTS.indexOf('job');
const MASSAGE = CONTEXTS.indexOf('massage');
const WOMEN_JOB = GATES.indexOf('women-wanted');
const OTHER = CONTEXTS.indexOf('other');
const TRUST = CATEGORIES.indexOf('trust-language');
const ALL = (1 << CONTEXTS.length) - 1;
/** Where an unambiguous cue of each category pulls the ad (by category index). */
const PULL: Partial<Record<Category, AdContext>> = {
  labour: 'job',
  'massage-sex': 'massage',
  recruitment: 'job',
};
const PULL_OF = CATEGORIES.map((c) => CONTEXTS.indexOf(PULL[c] ?? 'escort'));
/** Unambiguous cues of these categories do not tell that an ad is about sex work. */
const NOT_SEX = CATEGORIES.indexOf('labour');
/** Escort votes that make a job ad a sex-work job ad even without an unambiguous cue. */
const SEX_JOB_VOTES = 4;
/** Girls-wanted cues ("ladies wanted", "hiring girls"): a job ad recruiting women also weighs
 * the cues of all sex-work ads (SEX), so its listed nationalities count (detect12, POLICY-LOG.md). */
const WOMEN_WANTED = 'hostess-dancer-model';
const RECRUITMENT = CATEGORIES.indexOf('recruitment');
/** A poster insisting the photos are of her ("my pictures are 100% real", "pics are me") speaks
 * of herself: alone it makes an ad with no context words a personal (escort) ad (detect13). So
 * does a client exclusion ("no black men", "kun norske menn"): it names whom she sees (detect14). */
const OWN_PHOTOS = 'own-photos';
/** A client exclusion row ("no black men"): the context and the engine's clients() read it. */
export const isClientExclusion = (r: Row): boolean =>
  r.kind === 'ind' && r.entry.id.endsWith('client-race');

/** Per-scan scratch: votes per context, and a stamp per row so each pattern counts once a list. */
export interface ContextScratch {
  votes: Float64Array;
  /** Votes of unambiguous cues, apart: they only move an ad that is not already a sex-work ad. */
  pull: Float64Array;
  seen: Int32Array;
  stamp: number;
  /** Gates (bit i = GATES[i]) whose cues count in this ad; set by detectContext. */
  gate: number;
  /** An unambiguous sex-work cue was seen. */
  sex: boolean;
  /** A girls-wanted cue was seen (WOMEN_WANTED). */
  women: boolean;
  /** A first-person photo claim or a client exclusion was seen. */
  own: boolean;
  /** Per row: 1 when it speaks of the poster herself (OWN_PHOTOS or a client exclusion). */
  herself: Uint8Array;
}

export const contextScratch = (rows: readonly Row[]): ContextScratch => ({
  votes: new Float64Array(CONTEXTS.length),
  pull: new Float64Array(CONTEXTS.length),
  seen: new Int32Array(rows.length),
  stamp: 0,
  gate: 0,
  sex: false,
  women: false,
  own: false,
  herself: Uint8Array.from(
    rows,
    (r) => +(isClientExclusion(r) || (r.kind === 'ind' && r.entry.why === OWN_PHOTOS)),
  ),
});

/** Adds one list's votes; returns the categories (as bits) of sex-work cue words seen. */
function count(c: Compiled, hits: Hits, factor: number, x: ContextScratch): number {
  const stamp = ++x.stamp;
  const { kind, code, mask, weight } = c;
  const a = hits.a;
  let cues = 0;
  // A context phrase of negative weight ("my job", "our job": her own work, no job on offer)
  // silences the words of its context that end with it ("job"): hits run by end, longest first,
  // so they come right after it (POLICY-LOG.md, detect16).
  let offFrom = -1;
  let offTo = -1;
  let offCode = -1;
  // One word is one vote: the same words in several lexicons ("job", nb "jobb", da "job") come
  // one after another with the same span, and count once, at their highest weight (detect42).
  let wFrom = -1;
  let wTo = -1;
  let wCode = -1;
  let wMax = 0;
  for (let h = 0; h < hits.n * 3; h += 3) {
    const p = a[h]!;
    if (x.seen[p] === stamp) continue;
    if (kind[p] === CTX) {
      const from = a[h + 1]!;
      const to = a[h + 2]!;
      if (weight[p]! < 0) {
        offFrom = from;
        offTo = to;
        offCode = code[p]!;
      } else if (to !== offTo || from < offFrom || code[p] !== offCode) {
        x.seen[p] = stamp;
        const same = from === wFrom && to === wTo && code[p] === wCode;
        const add = same ? Math.max(0, weight[p]! - wMax) : weight[p]!;
        wMax = same ? Math.max(wMax, weight[p]!) : weight[p]!;
        wFrom = from;
        wTo = to;
        wCode = code[p]!;
        x.votes[code[p]!] = x.votes[code[p]!]! + add * factor;
      }
      continue;
    }
    x.seen[p] = stamp;
    // A user's own terms count everywhere but do not pull the context.
    if (kind[p] === IND && mask[p] === ALL && !c.rows[p]!.entry.id.startsWith('custom.')) {
      const to = PULL_OF[code[p]!]!;
      x.pull[to] = x.pull[to]! + weight[p]! * factor;
      if (code[p] !== NOT_SEX) x.sex = true;
    }
    // Sex-work cue words lean an ad without other context words towards escort.
    else if (kind[p] === IND && (mask[p]! & (1 << ESCORT)) !== 0) {
      cues |= 1 << code[p]!;
      const row = c.rows[p]!;
      if (row.kind === 'ind') {
        if (code[p] === RECRUITMENT && row.entry.why === WOMEN_WANTED) x.women = true;
        else if (x.herself[p]) x.own = true;
      }
    }
  }
  return cues;
}

/**
 * `escort`: extra escort votes from outside the lexicon (a poster's age in the title); `looks`:
 * escort votes that do not make a job ad weigh escort cues (a bust size, detect48).
 */
export function detectContext(
  c: Compiled,
  text: Hits,
  title: Hits,
  x: ContextScratch,
  escort = 0,
  looks = 0,
): AdContext {
  const votes = x.votes;
  votes.fill(0);
  votes[ESCORT] = escort + looks;
  x.pull.fill(0);
  x.sex = x.women = x.own = false;
  const cues = count(c, text, 1, x) | count(c, title, 2, x);
  // Sex-work cue words ("young", "bbfs", "new girls") make an ad with no context words an escort
  // ad. With one 'other' word they need three kinds, one of them trust language ("from colombia,
  // real pic, walk in apartment 24/7"): a restaurant open around the clock has none.
  let others = 0;
  for (let i = 0; i < votes.length; i++) if (i !== OTHER) others += Math.abs(votes[i]!);
  if (others === 0 && votes[OTHER]! <= 3) {
    let k = x.own ? 1 : 0;
    for (let m = cues; m !== 0; m &= m - 1) k++;
    if (votes[OTHER] === 0) votes[ESCORT] = k / 2;
    else if (k >= 3 && cues & (1 << TRUST)) votes[ESCORT] = k;
  }
  let best = OTHER;
  let top = 0.99;
  for (const i of ORDER)
    if (votes[i]! > top) {
      top = votes[i]!;
      best = i;
    }
  // Unambiguous cues move an ad that is not an escort or massage ad when they outweigh its words.
  if (best !== ESCORT && best !== MASSAGE)
    for (const i of ORDER)
      if (x.pull[i]! > top) {
        top = x.pull[i]!;
        best = i;
      }
  // A job ad that recruits for sex work ("now hiring escorts", or posted with a poster's age in an
  // adult section) also weighs escort-ad cues.
  x.gate = 1 << best;
  if (best === JOB && (x.sex || escort > 0 || votes[ESCORT]! >= SEX_JOB_VOTES))
    x.gate |= 1 << ESCORT;
  // One that recruits women weighs the cues of every sex-work ad (listed nationalities, "no AA").
  else if (best === JOB && x.women) x.gate |= 1 << WOMEN_JOB;
  return CONTEXTS[best]!;
}
