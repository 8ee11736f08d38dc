/** Metrics of `npm run eval`, kept apart from the CLI so unit tests can use them. */
import type { Category, ScanResult } from '../indicators';
import type { LabelledAd } from './eval-labels';

export type { LabelledAd } from './eval-labels';

/** Flag outcomes of one context (the labelled one, or the engine's when unlabelled). */
export interface FlagCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

/** One ad the engine got wrong in some way, with the words it highlighted. */
export interface Miss {
  id: string;
  line: string;
  /** Should have been flagged and was not. */
  flagMissed: boolean;
  /** Flagged and should not have been. */
  falseAlarm: boolean;
}

const words = (r: ScanResult) =>
  r.indicators.map((f) => `${f.category}:"${f.match}"${f.weight === 0 ? '·0' : ''}`).join('; ');

export function evaluate(ads: readonly LabelledAd[], results: readonly ScanResult[]) {
  let expected = 0,
    found = 0,
    reported = 0,
    correct = 0,
    ctxOk = 0,
    ctxN = 0,
    zeroOnly = 0,
    zeroExtra = 0;
  const flags: FlagCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const byContext: Record<string, FlagCounts> = {};
  const byCategory: Partial<Record<Category, { expected: number; found: number }>> = {};
  const misses: Miss[] = [];
  ads.forEach((ad, i) => {
    const r = results[i]!;
    const got = new Set(
      r.indicators.filter((f) => f.category !== 'shared-contact').map((f) => f.category),
    );
    const ok = new Set([...ad.expect, ...ad.allow]);
    expected += ad.expect.length;
    const missing = ad.expect.filter((c) => !got.has(c));
    found += ad.expect.length - missing.length;
    for (const c of ad.expect) {
      const k = (byCategory[c] ??= { expected: 0, found: 0 });
      k.expected++;
      if (got.has(c)) k.found++;
    }
    const extra = [...got].filter((c) => !ok.has(c));
    reported += got.size;
    correct += got.size - extra.length;
    // Categories that rest only on zero-weight words ("discreet"): reported, but no point.
    const weighted = new Set(
      r.indicators.filter((f) => (f.base ?? f.weight) > 0).map((f) => f.category),
    );
    for (const c of got)
      if (!weighted.has(c)) {
        zeroOnly++;
        if (!ok.has(c)) zeroExtra++;
      }
    const flagged = r.level === 'medium' || r.level === 'high';
    const key = flagged ? (ad.flag ? 'tp' : 'fp') : ad.flag ? 'fn' : 'tn';
    flags[key]++;
    (byContext[ad.context ?? r.context] ??= { tp: 0, fn: 0, fp: 0, tn: 0 })[key]++;
    if (ad.context) {
      ctxN++;
      if (ad.context === r.context) ctxOk++;
    }
    const ctxWrong = ad.context !== undefined && ad.context !== r.context;
    if (missing.length || extra.length || flagged !== ad.flag || ctxWrong)
      misses.push({
        id: ad.id,
        flagMissed: key === 'fn',
        falseAlarm: key === 'fp',
        line:
          `${ad.id}: ${r.context}/${r.level} ${r.score}` +
          (flagged !== ad.flag ? (ad.flag ? ' FLAG-MISSED' : ' FALSE-ALARM') : '') +
          (missing.length ? ` missing=${missing.join(',')}` : '') +
          (extra.length ? ` extra=${extra.join(',')}` : '') +
          (ctxWrong ? ` context≠${ad.context}` : '') +
          ` [${words(r)}]`,
      });
  });
  const div = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const positives = flags.tp + flags.fn;
  const negatives = flags.fp + flags.tn;
  return {
    ads: ads.length,
    expected,
    found,
    reported,
    correct,
    positives,
    tp: flags.tp,
    negatives,
    fp: flags.fp,
    misses,
    byContext,
    byCategory,
    recall: div(found, expected),
    precision: div(correct, reported),
    zeroOnly,
    /** Precision over the categories that carry points (zero-weight-only ones left out). */
    weightedPrecision: div(correct - (zeroOnly - zeroExtra), reported - zeroOnly),
    tpr: div(flags.tp, positives),
    fpr: negatives === 0 ? 0 : flags.fp / negatives,
    contextAccuracy: div(ctxOk, ctxN),
  };
}

export type Metrics = ReturnType<typeof evaluate>;
