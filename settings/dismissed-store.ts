/**
 * The "not a concern here" list for extension pages (options: list and undo). The content
 * script writes the same key through `browser.storage.local` with the pure helpers of
 * `dismissed.ts`, so both sides agree on the shape.
 */
import { storage } from 'wxt/utils/storage';
import {
  DISMISSED_KEY,
  validateDismissed,
  withDismissed,
  withoutDismissed,
  type DismissedEntry,
} from './dismissed';

export type { DismissedEntry } from './dismissed';

export const dismissedItem = storage.defineItem<unknown>(`local:${DISMISSED_KEY}`, {
  fallback: [],
});

/** Every entry, oldest first; a corrupt stored value reads as its valid entries (or none). */
export async function listDismissed(): Promise<DismissedEntry[]> {
  return validateDismissed(await dismissedItem.getValue());
}

export async function addDismissed(e: DismissedEntry): Promise<DismissedEntry[]> {
  const next = withDismissed(await listDismissed(), e);
  await dismissedItem.setValue(next);
  return next;
}

/** Undo: removes the entry with `e`'s key (site + hash, or site + term). */
export async function removeDismissed(e: DismissedEntry): Promise<DismissedEntry[]> {
  const next = withoutDismissed(await listDismissed(), e);
  await dismissedItem.setValue(next);
  return next;
}

/** Calls back with the valid list whenever it changes; returns the unsubscribe. */
export function watchDismissed(cb: (list: DismissedEntry[]) => void): () => void {
  return dismissedItem.watch((v) => cb(validateDismissed(v)));
}
