/**
 * What tests/e2e/log-investigations.e2e.ts runs inside a real extension page (real IndexedDB,
 * real extension storage): the log's investigation functions, the background handlers and the
 * popup's component, bundled by tests/support/idb-page.ts into `globalThis.lykt`.
 */
import { browser } from 'wxt/browser';
import { LAST_INVESTIGATION_KEY } from '../../log/investigations';
import { DISMISSED_KEY } from '../../settings/dismissed';

export { addToInvestigation, listInvestigations, undoAdd } from '../../log/investigations';
export {
  deleteLog,
  entriesInInvestigation as investigationEntries,
  listEntries,
  saveEntry,
  updateNote,
} from '../../log/store';
export {
  handleAddToInvestigation,
  handleListInvestigations,
  handleSaveToLog,
  registerLogHandlers,
} from '../../background/log-handlers';
export { handleAddPageToInvestigation } from '../../background/bulk-save';
export { addDismissed } from '../../settings/dismissed-store';
export { adTextHash } from '../../settings/dismissed';
export { AddToInvestigation } from '../../entrypoints/popup/AddToInvestigation';
export { h, render } from 'preact';

/** Forgets the extension storage these tests write (last name used, "not a concern" list). */
export const clearStorage = () =>
  browser.storage.local.remove([LAST_INVESTIGATION_KEY, DISMISSED_KEY]);
