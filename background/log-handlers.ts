/**
 * Background side of the research log: "Save to log" from a content script's popover.
 * The payload is validated before anything is stored; a malformed one is refused with a
 * logged reason. The lead's background.ts calls registerLogHandlers() once.
 */
import { browser } from 'wxt/browser';
import { onMessage, type SaveReply } from '../messaging/protocol';
import { LogStorageError, saveEntry } from '../log/store';
import { checkEntryInput } from '../log/validate';

export async function handleSaveToLog(
  data: unknown,
  senderId: string | undefined,
): Promise<SaveReply> {
  if (senderId !== browser.runtime.id) {
    console.warn('[lykt] saveToLog refused: message not from this extension');
    return { ok: false, error: 'Refused: unknown sender' };
  }
  const checked = checkEntryInput(data);
  if (!checked.ok) {
    console.warn('[lykt] saveToLog refused:', checked.reason);
    return { ok: false, error: `Refused: ${checked.reason}` };
  }
  try {
    return { ok: true, entry: await saveEntry(checked.value) };
  } catch (err) {
    const message = err instanceof LogStorageError ? err.message : String(err);
    console.warn('[lykt] saveToLog failed:', message);
    return { ok: false, error: message };
  }
}

export function registerLogHandlers(): void {
  onMessage('saveToLog', ({ data, sender }) => handleSaveToLog(data, sender.id));
}
