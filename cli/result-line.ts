/**
 * A spooled JSONL result that the merge pass can finish without parsing it again. Most ads have
 * exactly one contact, and whether it is shared is only known at the end; so the scan writes the
 * line as it stands plus a patch: the hash of the contact, the level and score with it shared,
 * and the shared-contact finding with where it goes. The merge then splices strings instead of
 * JSON.parse + applySharedContacts + JSON.stringify (most of that pass's time). The line and the
 * spliced line are byte for byte formatResult's (tests/unit/cli-result-line.test.ts).
 *
 * Spool line: `result` or `result\th1\th2\tlevelAt\tlevelEnd\tinsertAt\tlevelScore\tinsert`
 * (JSON.stringify never writes a raw tab, so the first tab ends the result).
 */
import { applySharedContacts, type ScanResult } from '../indicators';
import { hashContact } from './contact-table';
import { formatResult } from './output';

const h = new Uint32Array(2);

/** formatResult(id, r), with a patch for the case that r's one contact turns out shared. */
export function spoolLine(id: string, r: ScanResult): string {
  const line = formatResult(id, r);
  const { indicators, contacts } = r;
  const value = contacts[0]?.value;
  if (value === undefined || contacts.some((c) => c.value !== value)) return line;
  const r2 = applySharedContacts(r, new Set([value]));
  const k = r2.indicators.findIndex((f) => f.category === 'shared-contact');
  const n = indicators.length;
  if (r2.indicators.length !== n + 1 || k < 0) return line;
  // The places to patch, found in the line itself (one JSON.stringify, not one per part): inside
  // a JSON string every '"' is written '\"', so a '"' after ',' or '{' always begins a key and
  // these marks occur only where they mark.
  const levelAt = line.indexOf(',"level":');
  const levelEnd = line.indexOf(',"indicators":[', levelAt);
  const listEnd = line.indexOf('],"contacts":', levelEnd);
  if (levelAt < 0 || levelEnd < 0 || listEnd < 0) return line;
  const sf = JSON.stringify(r2.indicators[k]);
  let at = listEnd; // after the last finding
  let insert = (n > 0 ? ',' : '') + sf;
  if (k < n) {
    // Before finding k: after the k-th "},{" between findings (or at the list's start).
    at = levelEnd + ',"indicators":['.length;
    for (let i = 0; i < k && at > 1; i++) at = line.indexOf('},{"category":', at) + 2;
    if (at <= 1 || at > listEnd) return line;
    insert = sf + ',';
  }
  const ls2 = `,"level":${JSON.stringify(r2.level)},"score":${JSON.stringify(r2.score)}`;
  hashContact(value, h, 0);
  return [line, h[0], h[1], levelAt, levelEnd, at, ls2, insert].join('\t');
}

/**
 * The final line of a spooled one: `shared(h1, h2)` says whether its contact is shared.
 * Returns undefined for a line without a patch whose contacts may be shared (parse it).
 */
export function finishLine(
  line: string,
  shared: (h1: number, h2: number) => boolean,
): string | undefined {
  const tab = line.indexOf('\t');
  if (tab < 0) return line.includes('"contacts":[]') ? line : undefined;
  // The patch's fields, read in place (no split: this runs once per ad).
  let at = tab + 1;
  const next = () => {
    const end = line.indexOf('\t', at);
    const v = line.slice(at, end);
    at = end + 1;
    return v;
  };
  const h1 = Number(next());
  if (!shared(h1, Number(next()))) return line.slice(0, tab);
  const [a, b, c] = [Number(next()), Number(next()), Number(next())];
  const levelScore = next();
  return line.slice(0, a) + levelScore + line.slice(b, c) + line.slice(at) + line.slice(c, tab);
}

/** The result of a spooled line (for outputs other than JSONL). */
export const resultOf = (line: string): string => {
  const tab = line.indexOf('\t');
  return tab < 0 ? line : line.slice(0, tab);
};
