/**
 * An ad over the log's limits is saved cut, and says so (issue 19, item 9): its text to the
 * first LIMITS.text characters, its findings and contacts to those inside that text and to the
 * lists' caps, and `truncated: true`. A page must not make its ads unsaveable by size. Runs
 * before the validator, which still checks every field of what is left.
 */
import { LIMITS } from '../log/limits';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Items that end inside `length`, at most `max` of them; the same list when nothing is cut. */
function fit(v: unknown, length: number, max: number): unknown {
  if (!Array.isArray(v)) return v;
  const inside = v.filter((x) => !isObj(x) || typeof x.end !== 'number' || x.end <= length);
  return inside.length > max ? inside.slice(0, max) : inside.length < v.length ? inside : v;
}

export function fitEntry(v: unknown): unknown {
  if (!isObj(v) || typeof v.text !== 'string') return v;
  const text = v.text.length > LIMITS.text ? v.text.slice(0, LIMITS.text) : v.text;
  // Offsets past an uncut text stay, for the validator to refuse.
  const end = text === v.text ? Infinity : text.length;
  const indicators = fit(v.indicators, end, LIMITS.findings);
  const contacts = fit(v.contacts, end, LIMITS.contacts);
  if (text === v.text && indicators === v.indicators && contacts === v.contacts) return v;
  return { ...v, text, indicators, contacts, truncated: true };
}
