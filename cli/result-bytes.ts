/**
 * formatResult's line for a result as engine.scan (and applySharedContacts) build it, written
 * straight into a byte buffer as UTF-8: no line string to build, flatten and encode, and the
 * byte offsets a spool record's patch needs (result-line.ts) come for free. Plain ASCII strings
 * go in byte by byte; any other string, and the strings JSON escapes, go through JSON.stringify
 * and Buffer's UTF-8 write, so the bytes are JSON.stringify's (tests/unit/cli-result-bytes.test.ts).
 */
import { Buffer } from 'node:buffer';
import type { Finding, ScanResult } from '../indicators';
import type { Bytes } from './bytes';

/** Byte offsets (from the line's start) writeResult noted: see its `k`. */
export const cuts = new Int32Array(3);

/** Appends a literal that is known to be ASCII. */
function lit(out: Bytes, s: string): void {
  out.reserve(s.length);
  const b = out.buf;
  let n = out.n;
  for (let i = 0; i < s.length; i++) b[n++] = s.charCodeAt(i);
  out.n = n;
}

/** What JSON.stringify escapes in a string: '"', '\\', control characters, any surrogate (lone ones). */
// eslint-disable-next-line no-control-regex -- the control characters JSON escapes
const ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Appends JSON.stringify(s): printable ASCII byte by byte, anything else through it. */
function str(out: Bytes, s: string): void {
  const len = s.length;
  out.reserve(len + 2);
  const b = out.buf;
  const at = out.n;
  let n = at;
  b[n++] = 34;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c > 126 || c === 34 || c === 92) {
      out.n = at;
      out.add(ESCAPE.test(s) ? JSON.stringify(s) : '"' + s + '"');
      return;
    }
    b[n++] = c;
  }
  b[n++] = 34;
  out.n = n;
}

/** The JSON bytes of the few strings every result repeats (categories, terms, levels). */
const known = new Map<string, Uint8Array>();
function knownStr(out: Bytes, s: string): void {
  let j = known.get(s);
  if (j === undefined) {
    j = Buffer.from(JSON.stringify(s));
    if (known.size < 20_000) known.set(s, j);
  }
  out.copy(j, 0, j.length);
}

/** Appends a whole number ≥ 0 below 2^31 in decimal. */
function int(out: Bytes, x: number): void {
  out.reserve(10);
  const b = out.buf;
  let n = out.n;
  if (x < 10) b[n++] = 48 + x;
  else {
    let digits = 1;
    for (let y = x; y >= 10; y = (y / 10) | 0) digits++;
    n += digits;
    for (let i = n - 1, y = x; i >= out.n; i--, y = (y / 10) | 0) b[i] = 48 + (y % 10);
  }
  out.n = n;
}

/** Appends JSON.stringify(x) of a number. */
function num(out: Bytes, x: number): void {
  if (x >= 0 && x === (x | 0)) int(out, x);
  else lit(out, Number.isFinite(x) ? '' + x : 'null');
}

/** JSON.stringify of a finding as the engine (or applySharedContacts) makes it. */
export function findingBytes(out: Bytes, f: Finding): void {
  lit(out, '{"category":');
  knownStr(out, f.category);
  lit(out, ',"term":');
  // A shared contact's term is its value: one of many, kept out of the cache.
  if (f.category === 'shared-contact') str(out, f.term);
  else knownStr(out, f.term);
  lit(out, ',"match":');
  str(out, f.match);
  lit(out, ',"start":');
  num(out, f.start);
  lit(out, ',"end":');
  num(out, f.end);
  lit(out, ',"weight":');
  num(out, f.weight);
  if (f.base !== undefined) {
    lit(out, ',"base":');
    num(out, f.base);
  }
  out.push(125);
}

/** Appends `,"level":…,"score":…`. */
export function levelScoreBytes(out: Bytes, r: ScanResult): void {
  lit(out, ',"level":');
  knownStr(out, r.level);
  lit(out, ',"score":');
  num(out, r.score);
}

/**
 * Appends formatResult(id, r) for a result as engine.scan builds it. With k ≥ 0 it notes in
 * `cuts`, as byte offsets from the line's start: before `,"level":`, before `,"indicators":[`,
 * and where finding k starts (or the list's `]` when k is past the last).
 */
export function writeResult(out: Bytes, id: string, r: ScanResult, k = -1): void {
  const at = out.n;
  lit(out, '{"id":');
  str(out, id);
  lit(out, ',"context":');
  knownStr(out, r.context);
  cuts[0] = out.n - at;
  levelScoreBytes(out, r);
  cuts[1] = out.n - at;
  lit(out, ',"indicators":[');
  const fs = r.indicators;
  for (let i = 0; i < fs.length; i++) {
    if (i > 0) out.push(44);
    if (i === k) cuts[2] = out.n - at;
    findingBytes(out, fs[i]!);
  }
  if (k >= fs.length) cuts[2] = out.n - at;
  lit(out, '],"contacts":[');
  const cs = r.contacts;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    lit(out, i === 0 ? '{"type":' : ',{"type":');
    knownStr(out, c.type);
    lit(out, ',"value":');
    str(out, c.value);
    if (c.match !== undefined) {
      lit(out, ',"match":');
      str(out, c.match);
    }
    lit(out, ',"start":');
    num(out, c.start);
    lit(out, ',"end":');
    num(out, c.end);
    out.push(125);
  }
  if (r.truncated === undefined) lit(out, ']}');
  else lit(out, r.truncated ? '],"truncated":true}' : '],"truncated":false}');
}
