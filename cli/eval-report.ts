/** The text report of `npm run eval`. */
import type { Metrics } from './evaluate';

const f3 = (x: number) => x.toFixed(3);
const pad = (s: string | number, n: number) => String(s).padStart(n);

export function report(title: string, m: Metrics): string {
  const out = [
    `${title} (${m.ads} ads)`,
    `category recall     ${f3(m.recall)}   (${m.found}/${m.expected} expected categories found)`,
    `category precision  ${f3(m.precision)}   (${m.correct}/${m.reported} reported categories expected or allowed)`,
    `  with points only  ${f3(m.weightedPrecision)}   (${m.zeroOnly} categories of zero-weight words only left out)`,
    `flag TPR            ${f3(m.tpr)}   (${m.tp}/${m.positives} ads that should be flagged)`,
    `flag FPR            ${f3(m.fpr)}   (${m.fp}/${m.negatives} ads that should not be flagged)`,
    `context accuracy    ${f3(m.contextAccuracy)}`,
    '',
    'recall per category',
  ];
  for (const [c, k] of Object.entries(m.byCategory).sort())
    out.push(`  ${c.padEnd(16)}${f3(k.found / k.expected)}   (${k.found}/${k.expected})`);
  out.push('', 'flags per context    TP   FN   FP   TN');
  for (const [c, k] of Object.entries(m.byContext).sort())
    out.push(`  ${c.padEnd(16)}${pad(k.tp, 6)}${pad(k.fn, 5)}${pad(k.fp, 5)}${pad(k.tn, 5)}`);
  const missed = m.misses.filter((x) => x.flagMissed);
  const alarms = m.misses.filter((x) => x.falseAlarm);
  const rest = m.misses.filter((x) => !x.flagMissed && !x.falseAlarm);
  for (const [head, list] of [
    ['flag missed', missed],
    ['false alarms', alarms],
    ['other misses (categories or context)', rest],
  ] as const)
    if (list.length) out.push('', `${head}:`, ...list.map((x) => '  ' + x.line));
  return out.join('\n');
}
