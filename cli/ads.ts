/**
 * One input record (a JSONL line or a CSV row) → an ad, with the column names the user chose.
 * Errors name the line and never echo control characters (ANSI escapes, bidi overrides) raw.
 */
import type { AdInput } from '../indicators';

export interface Columns {
  text: string;
  id: string;
  title: string;
  url: string;
  lang: string;
}

export const DEFAULT_COLUMNS: Columns = {
  text: 'text',
  id: 'id',
  title: 'title',
  url: 'url',
  lang: 'lang',
};

export type Ad = AdInput & { id: string };
export type Parsed = { ok: true; ad: Ad } | { ok: false; error: string };

/** Control characters, DEL, C1 and bidi controls as \u{…}, and at most `max` characters. */
export function printable(s: string, max = 160): string {
  const cut = s.length > max ? s.slice(0, max) + '…' : s;
  return cut.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u{${c.charCodeAt(0).toString(16)}}`,
  );
}

/** An ad from a parsed record (a JSON object, or a CSV row keyed by header). */
export function adFrom(o: Record<string, unknown>, lineNo: number, cols: Columns): Parsed {
  const text = o[cols.text];
  if (typeof text !== 'string')
    return { ok: false, error: `line ${lineNo}: "${printable(cols.text, 40)}" must be a string` };
  const ad: Ad = { id: '', text };
  for (const k of ['title', 'url', 'lang'] as const) {
    const v = o[cols[k]];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string')
      return { ok: false, error: `line ${lineNo}: "${printable(cols[k], 40)}" must be a string` };
    ad[k] = v;
  }
  const id = o[cols.id];
  ad.id =
    (typeof id === 'string' && id !== '') || typeof id === 'number' ? String(id) : String(lineNo);
  return { ok: true, ad };
}

export function parseLine(line: string, lineNo: number, cols: Columns = DEFAULT_COLUMNS): Parsed {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return {
      ok: false,
      error: `line ${lineNo}: invalid JSON (${printable((e as Error).message)})`,
    };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return { ok: false, error: `line ${lineNo}: not a JSON object` };
  return adFrom(v as Record<string, unknown>, lineNo, cols);
}
