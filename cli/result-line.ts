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
import { cuts, findingBytes, levelScoreBytes, writeResult } from './result-bytes';

const h = new Uint32Array(2);
const F = 70,
  J = 74,
  P = 80,
  TAB = 9,
  NL = 10,
  COMMA = 44;

/** Appends a tab and a whole number ≥ 0 in decimal (the trailer's). */
function field(out: Bytes, x: number): void {
  const s = '\t' + x;
  out.reserve(s.length);
  for (let i = 0; i < s.length; i++) out.buf[out.n++] = s.charCodeAt(i);
}

/**
 * Appends the spool record of formatResult(id, r) to `out`, for a result as engine.scan made it.
 * The line goes straight in as bytes (result-bytes.ts), which notes the places to patch.
 */
export function spoolRecord(out: Bytes, id: string, r: ScanResult): void {
  const { indicators, contacts } = r;
  const value = contacts[0]?.value;
  let r2: ScanResult | undefined;
  let k = -1;
  if (value !== undefined && contacts.every((c) => c.value === value)) {
    r2 = applySharedContacts(r, new Set([value]));
    k = r2.indicators.findIndex((f) => f.category === 'shared-contact');
    if (r2.indicators.length !== indicators.length + 1 || k < 0) r2 = undefined;
  }
  if (!r2) {
    out.push(contacts.length === 0 ? F : J);
    writeResult(out, id, r);
    out.push(NL);
    return;
  }
  out.push(P);
  const at = out.n;
  writeResult(out, id, r, k);
  const len = out.n - at;
  levelScoreBytes(out, r2);
  const ls = out.n - at - len;
  if (k < indicators.length) {
    findingBytes(out, r2.indicators[k]!);
    out.push(COMMA);
  } else {
    if (indicators.length > 0) out.push(COMMA);
    findingBytes(out, r2.indicators[k]!);
  }
  hashContact(value!, h, 0);
  field(out, h[0]!);
  field(out, h[1]!);
  for (const x of cuts) field(out, x);
  field(out, len);
  field(out, ls);
  out.push(NL);
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
