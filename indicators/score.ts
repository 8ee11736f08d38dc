/**
 * Weights and levels. The score is the plain sum of the findings' weights, so every point is
 * explained by a highlighted word. A repeated term adds nothing; further cues of a category
 * already present count half. Levels stay cautious (DESIGN.md on base rates).
 */
import { CATEGORIES, type Category, type Finding, type Level } from './types';

/** Cues that alone tell little (JRSA: movement phrases are even less common in trafficking ads). */
const WEAK: readonly Category[] = ['ethnicity', 'movement', 'trust-language', 'shared-contact'];
/** WEAK as bits of category indices (CATEGORIES order). */
export const WEAK_MASK = WEAK.reduce((m, c) => m | (1 << CATEGORIES.indexOf(c)), 0);
export const MEDIUM = 3;
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

/** Level from the categories (as bits) that carry weight, and the score. */
export function levelOf(cats: number, score: number): Level {
  if (score <= 0) return 'none';
  let k = 0;
  for (let m = cats; m !== 0; m &= m - 1) k++;
  // One or two weak cues (ethnicity, movement, "real pics") never reach medium on their own.
  if ((cats & ~WEAK_MASK) === 0 && k < 3) return 'low';
  return score >= HIGH ? 'high' : score >= MEDIUM ? 'medium' : 'low';
}

export function levelFor(findings: readonly Finding[], score: number): Level {
  let cats = 0;
  for (const f of findings) if (f.weight > 0) cats |= 1 << CATEGORIES.indexOf(f.category);
  return levelOf(cats, score);
}
