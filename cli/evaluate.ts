/** Metrics of `npm run eval`, kept apart from the CLI so unit tests can use them. */
import type { AdInput, Category, ScanResult } from '../indicators';

export interface LabelledAd extends AdInput {
  id: string;
  context?: string;
  expect: Category[];
  allow: Category[];
  flag: boolean;
}

export function evaluate(ads: readonly LabelledAd[], results: readonly ScanResult[]) {
  let expected = 0,
    found = 0,
    reported = 0,
    correct = 0;
  let positives = 0,
    tp = 0,
    negatives = 0,
    fp = 0,
    ctxOk = 0,
    ctxN = 0;
  const misses: string[] = [];
  ads.forEach((ad, i) => {
    const r = results[i]!;
    const got = new Set(
      r.indicators.filter((f) => f.category !== 'shared-contact').map((f) => f.category),
    );
    const ok = new Set([...ad.expect, ...ad.allow]);
    expected += ad.expect.length;
    const missing = ad.expect.filter((c) => !got.has(c));
    found += ad.expect.length - missing.length;
    const extra = [...got].filter((c) => !ok.has(c));
    reported += got.size;
    correct += got.size - extra.length;
    const flagged = r.level === 'medium' || r.level === 'high';
    if (ad.flag) {
      positives++;
      if (flagged) tp++;
    } else {
      negatives++;
      if (flagged) fp++;
    }
    if (ad.context) {
      ctxN++;
      if (ad.context === r.context) ctxOk++;
    }
    if (
      missing.length ||
      extra.length ||
      flagged !== ad.flag ||
      (ad.context && ad.context !== r.context)
    )
      misses.push(
        `${ad.id}: ${r.context}/${r.level} ${r.score}` +
          (missing.length ? ` missing=${missing.join(',')}` : '') +
          (extra.length ? ` extra=${extra.join(',')}` : '') +
          (ad.context !== r.context ? ` context≠${ad.context}` : '') +
          ` [${r.indicators.map((f) => `${f.category}:${f.match}`).join('; ')}]`,
      );
  });
  const div = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    expected,
    found,
    reported,
    correct,
    positives,
    tp,
    negatives,
    fp,
    misses,
    recall: div(found, expected),
    precision: div(correct, reported),
    tpr: div(tp, positives),
    fpr: negatives === 0 ? 0 : fp / negatives,
    contextAccuracy: div(ctxOk, ctxN),
  };
}
