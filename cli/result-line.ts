/**
 * A spooled JSONL result that the merge pass can finish without parsing it again. Most ads have
 * exactly one contact, and whether it is shared is only known at the end; so the scan writes the
 * line as it stands plus a patch: the hash of the contact, the level and score with it shared,
 * and the shared-contact finding with where it goes. The merge then copies bytes instead of
 * decoding + JSON.parse + applySharedContacts + JSON.stringify + encoding (most of that pass's
 * time). The finished line is byte for byte formatResult's (tests/unit/cli-result-line.test.ts).
 *
 * Spool records, UTF-8, one a line (JSON.stringify never writes a raw tab or newline):
 *   F result            final as it is (no contacts)
 *   J result            parse it again (several contacts)
 *   P result levelScore insert \t h1 \t h2 \t levelAt \t levelEnd \t insertAt \t resultLen \t levelScoreLen
 * with byte offsets into `result`: the shared line is result[0, levelAt) levelScore
 * result[levelEnd, insertAt) insert result[insertAt, resultLen).
 */
import { applySharedContacts, type ScanResult } from '../indicators';
import type { Bytes } from './bytes';
import { hashContact } from './contact-table';
import { findingJson, scanResultJson } from './output';

const h = new Uint32Array(2);
const F = 70,
  J = 74,
  P = 80,
  TAB = 9,
  NL = 10;

/** The patch for `line` (the JSON of r) if r's one contact turns out shared. */
function patchOf(line: string, r: ScanResult) {
  const { indicators, contacts } = r;
  const value = contacts[0]?.value;
  if (value === undefined || contacts.some((c) => c.value !== value)) return undefined;
  const r2 = applySharedContacts(r, new Set([value]));
  const k = r2.indicators.findIndex((f) => f.category === 'shared-contact');
  const n = indicators.length;
  if (r2.indicators.length !== n + 1 || k < 0) return undefined;
  // The places to patch, found in the line itself (one JSON.stringify, not one per part): inside
  // a JSON string every '"' is written '\"', so a '"' after ',' or '{' always begins a key and
  // these marks occur only where they mark.
  const levelAt = line.indexOf(',"level":');
  const levelEnd = line.indexOf(',"indicators":[', levelAt);
  const listEnd = line.indexOf('],"contacts":', levelEnd);
  if (levelAt < 0 || levelEnd < 0 || listEnd < 0) return undefined;
  const sf = findingJson(r2.indicators[k]!);
  let at = listEnd; // after the last finding
  let insert = (n > 0 ? ',' : '') + sf;
  if (k < n) {
    // Before finding k: after the k-th "},{" between findings (or at the list's start).
    at = levelEnd + ',"indicators":['.length;
    for (let i = 0; i < k && at > 1; i++) at = line.indexOf('},{"category":', at) + 2;
    if (at <= 1 || at > listEnd) return undefined;
    insert = sf + ',';
  }
  const levelScore = `,"level":${JSON.stringify(r2.level)},"score":${JSON.stringify(r2.score)}`;
  hashContact(value, h, 0);
  return { levelAt, levelEnd, at, levelScore, insert };
}

/**
 * Appends the spool record of formatResult(id, r) to `out`, for a result as engine.scan made it
 * (scanResultJson).
 */
export function spoolRecord(out: Bytes, id: string, r: ScanResult): void {
  const line = scanResultJson(id, r);
  const p = patchOf(line, r);
  if (!p) {
    out.push(r.contacts.length === 0 ? F : J);
    out.add(line);
    out.push(NL);
    return;
  }
  out.push(P);
  const at = out.n;
  let len = out.add(line);
  let a = p.levelAt;
  let b = p.levelEnd;
  let c = p.at;
  // Byte offsets are the string's when it is all ASCII (one byte a character); else the parts
  // are written one by one to count their bytes.
  if (len !== line.length) {
    out.n = at;
    a = out.add(line.slice(0, p.levelAt));
    b = a + out.add(line.slice(p.levelAt, p.levelEnd));
    c = b + out.add(line.slice(p.levelEnd, p.at));
    len = c + out.add(line.slice(p.at));
  }
  // The level and score are ASCII: their length in bytes is their length.
  const ls = p.levelScore.length;
  out.add(p.levelScore + p.insert + `\t${h[0]}\t${h[1]}\t${a}\t${b}\t${c}\t${len}\t${ls}\n`);
}

const fields = new Float64Array(7);

/**
 * Finishes the record at buf[at, end) (end at its newline) into `out` as a JSONL line:
 * `shared(h1, h2)` says whether its contact is shared. Returns false, writing nothing, for a
 * record to parse again (resultBytes says where its result is).
 */
export function finishRecord(
  buf: Uint8Array,
  at: number,
  end: number,
  shared: (h1: number, h2: number) => boolean,
  out: Bytes,
): boolean {
  const kind = buf[at]!;
  if (kind === J) return false;
  if (kind === F) {
    out.copy(buf, at + 1, end + 1);
    return true;
  }
  const tab = readFields(buf, end);
  const r = at + 1;
  const [h1, h2, a, b, c, len, ls] = fields;
  if (!shared(h1!, h2!)) out.copy(buf, r, r + len!);
  else {
    out.copy(buf, r, r + a!);
    out.copy(buf, r + len!, r + len! + ls!);
    out.copy(buf, r + b!, r + c!);
    out.copy(buf, r + len! + ls!, tab);
    out.copy(buf, r + c!, r + len!);
  }
  out.push(NL);
  return true;
}

/** The trailer's seven numbers (into `fields`), read back from the newline; returns its first tab. */
function readFields(buf: Uint8Array, end: number): number {
  let i = end - 1;
  for (let f = 6; f >= 0; f--) {
    let v = 0;
    let scale = 1;
    for (; buf[i] !== TAB; i--) {
      v += (buf[i]! - 48) * scale;
      scale *= 10;
    }
    fields[f] = v;
    i--;
  }
  return i + 1;
}

/** Where the JSON result of the record at buf[at, end) is. */
export function resultBytes(buf: Uint8Array, at: number, end: number): [number, number] {
  if (buf[at] !== P) return [at + 1, end];
  readFields(buf, end);
  return [at + 1, at + 1 + fields[5]!];
}
