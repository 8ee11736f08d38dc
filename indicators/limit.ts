/**
 * One size policy for every host (issue 19): the engine reads the first SCAN_LIMIT UTF-16 code
 * units of an ad and says so in the result (`truncated: true`); it never refuses an ad. 100,000
 * characters of dense indicator text scan in about 50 ms (tests/unit/indicators-linear.test.ts);
 * real ads are a few thousand characters.
 */
export const SCAN_LIMIT = 100_000;

/** The part of `text` the engine reads: never ends inside a surrogate pair. */
export function clip(text: string, limit = SCAN_LIMIT): string {
  if (text.length <= limit) return text;
  const c = text.charCodeAt(limit - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit);
}
