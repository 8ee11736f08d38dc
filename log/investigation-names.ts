/** Investigation names on one entry: pure helpers (no storage), for the store and the UIs. */
import { LIMITS } from './limits';

/**
 * The names of `old` then the new ones of `add`, each once, at most LIMITS.investigations
 * (the old ones are kept first: adding never drops a name). Undefined when there are none.
 */
export function mergeNames(
  old: readonly string[] | undefined,
  add: readonly string[] | undefined,
): string[] | undefined {
  const names = [...new Set([...(old ?? []), ...(add ?? [])])].slice(
    0,
    Math.max(LIMITS.investigations, old?.length ?? 0),
  );
  return names.length ? names : undefined;
}
