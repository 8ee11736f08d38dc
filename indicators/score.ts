/**
 * Weights and levels. The score is the plain sum of the findings' weights, so every point is
 * explained by a highlighted word. A repeated term adds nothing; further cues of a category
 * already present count half. Levels stay cautious (DESIGN.md on base rates).
 */
import { CATEGORIES, type AdContext, type Category, type Finding, type Level } from './types';

/** Categories as bits of their indices (CATEGORIES order). */
export const bitsOf = (cs: readonly Category[]): number =>
  cs.reduce((m, c) => m | (1 << CATEGORIES.indexOf(c)), 0);
/** Cues that alone tell little (JRSA: movement phrases are even less common in trafficking ads). */
export const WEAK_MASK = bitsOf(['ethnicity', 'movement', 'trust-language', 'shared-contact']);
export const HIGH = 6;
export const SHARED_CONTACT_WEIGHT = 2;

export const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Sets each finding's weight from its `base` (in place) and returns the score: heaviest first,
 * then by position. The engine's own weigh() gives the same weights on the same findings.
 */
export function weigh(findings: Finding[]): number {
  const base = (i: number) => findings[i]!.base ?? findings[i]!.weight;
  const order = findings
    .map((_, i) => i)
    .sort((a, b) => base(b) - base(a) || findings[a]!.start - findings[b]!.start || a - b);
  const terms = new Set<string>();
  let cats = 0;
  let score = 0;
  for (const i of order) {
    const f = findings[i]!;
    const bit = 1 << CATEGORIES.indexOf(f.category);
    const key = `${f.category}|${f.term.toLowerCase()}`;
    const w = base(i);
    f.weight = terms.has(key) ? 0 : (cats & bit) !== 0 ? round(w / 2) : w;
    terms.add(key);
    cats |= bit;
    score += f.weight;
  }
  return round(score);
}

/**
 * Categories whose heavy cues (base weight ≥ STRONG_WEIGHT) alone ask for a closer look
 * (POLICY.md): risky services, third-party control, recruitment into sex work, labour coercion,
 * and youth in an escort or massage ad.
 */
const STRONG: readonly Category[] = [
  'risky-services',
  'third-party',
  'recruitment',
  'labour',
  'youth',
];
const STRONG_MASK = bitsOf(STRONG);
/** Erotic massage alone is no sign of exploitation, however many words say it (POLICY.md). */
const NO_PILE_MASK = WEAK_MASK | bitsOf(['massage-sex']);
const YOUTH = CATEGORIES.indexOf('youth');
const MASSAGE_BIT = 1 << CATEGORIES.indexOf('massage-sex');
const YOUTH_BIT = 1 << YOUTH;
const SHARED_BIT = bitsOf(['shared-contact']);
export const STRONG_WEIGHT = 2.5;
/** A category counts as clear (not weak) for the two-category rule with a cue this heavy. */
export const CLEAR_WEIGHT = 2;
/** Several cues of one category (not weak, not massage-sex) whose weights add up to this. */
export const PILE = 4;
/** A youth cue this heavy ("barely legal", "high school girls") is strong in a personal ad too. */
const MINOR = 4;

/**
 * Adds up one result's findings for its level. The heaviest cue of a category always keeps its
 * full weight, so effective weights are enough to tell a strong cue.
 */
export class LevelTally {
  private sums = new Float64Array(CATEGORIES.length);
  private cats = 0;
  /** Categories with a cue of CLEAR_WEIGHT or more. */
  private clear = 0;
  /** Categories with a cue of some weight (not only zero-weight words). */
  private weighed = 0;
  private strong = false;

  reset(): void {
    this.sums.fill(0);
    this.cats = this.clear = this.weighed = 0;
    this.strong = false;
  }

  /** `category`: index in CATEGORIES; `weight`: the finding's effective weight. */
  add(category: number, weight: number, context: AdContext): void {
    const bit = 1 << category;
    if (weight <= 0) {
      // A zero-weight word ("discreet") adds no point, but in an escort ad it names its weak
      // category for the two-category rule, as the labels count it (POLICY.md).
      if ((bit & WEAK_MASK) !== 0 && context === 'escort') this.cats |= bit;
      return;
    }
    this.cats |= bit;
    this.weighed |= bit;
    this.sums[category] = this.sums[category]! + weight;
    if (this.sums[category]! >= CLEAR_WEIGHT) this.clear |= bit;
    if ((bit & NO_PILE_MASK) === 0 && this.sums[category]! >= PILE) this.strong = true;
    if (weight >= STRONG_WEIGHT && (bit & STRONG_MASK) !== 0)
      this.strong ||=
        category !== YOUTH || context === 'escort' || context === 'massage' || weight >= MINOR;
  }

  /**
   * Light categories (cues adding up to less than CLEAR_WEIGHT: "girls", "housing provided") and, in a dating
   * ad, youth ("younger woman") weigh like the weak categories.
   */
  level(score: number, context: AdContext): Level {
    const light = this.cats & ~this.clear;
    const weak = WEAK_MASK | light | (context === 'dating' ? YOUTH_BIT : 0);
    // A shared contact (one independent's reposts, a chain's or a listing site's number) is no
    // second category; for erotic massage neither is a light one ("girls") nor one named only by a
    // zero-weight word ("discreet") (POLICY.md).
    const massage = this.cats & MASSAGE_BIT ? (light & ~WEAK_MASK) | ~this.weighed : 0;
    const cats = this.cats & ~(SHARED_BIT | massage);
    return levelOf(cats, this.strong, score, weak);
  }
}

/**
 * Level from the categories (as bits) that carry weight, whether one category alone is clear (a
 * strong cue, or a pile of cues), and the score. Medium: that, or two categories not all weak;
 * high: that and a score of HIGH or more. Else low: weak categories alone, however many, never
 * reach medium (POLICY.md).
 */
export function levelOf(cats: number, alone: boolean, score: number, weak = WEAK_MASK): Level {
  if (score <= 0) return 'none';
  const two = (cats & (cats - 1)) !== 0;
  return alone || (two && (cats & ~weak) !== 0) ? (score >= HIGH ? 'high' : 'medium') : 'low';
}

const tally = new LevelTally();
export function levelFor(findings: readonly Finding[], score: number, context: AdContext): Level {
  tally.reset();
  for (const f of findings) tally.add(CATEGORIES.indexOf(f.category), f.weight, context);
  return tally.level(score, context);
}
