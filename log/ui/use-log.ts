/** Preact hook over the IndexedDB log: entries, and actions that report errors as text. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { UiLang } from '../../settings/i18n';
import { parseImportStream } from '../import';
import { onLogChanged } from '../changes';
import { showBidiControls } from '../bidi';
import {
  deleteEntry,
  deleteLog,
  importEntries,
  listEntries,
  LogStorageError,
  updateNote,
} from '../store';
import type { LogEntry } from '../types';
import { t } from './strings';

export interface LogMessage {
  kind: 'ok' | 'error';
  text: string;
  details?: string[];
}

export function storageMessage(err: unknown, lang: UiLang): string {
  if (err instanceof LogStorageError && err.kind === 'quota') return t('errQuota', lang);
  if (err instanceof LogStorageError && err.kind === 'full') return t('errFull', lang);
  const reason = err instanceof Error ? err.message.replace(/^Storage error: /, '') : String(err);
  return t('errOther', lang, { reason });
}

export function useLog(lang: UiLang) {
  const [entries, setEntries] = useState<LogEntry[] | null>(null);
  const [message, setMessage] = useState<LogMessage | null>(null);
  const fail = (err: unknown) => setMessage({ kind: 'error', text: storageMessage(err, lang) });

  const refresh = useCallback(async () => {
    try {
      setEntries(await listEntries());
    } catch (err) {
      setEntries([]);
      fail(err);
    }
  }, [lang]);
  useEffect(() => {
    void refresh();
    return onLogChanged(() => void refresh()); // e.g. "Save to log" while the side panel is open
  }, [refresh]);

  const note = async (id: string, text: string): Promise<boolean> => {
    try {
      const updated = await updateNote(id, text);
      setEntries((es) => es?.map((e) => (e.id === id ? updated : e)) ?? null);
      return true;
    } catch (err) {
      fail(err);
      return false;
    }
  };

  const remove = async (id: string) => {
    await deleteEntry(id).catch(fail);
    await refresh();
  };

  const removeAll = async () => {
    setMessage(null);
    try {
      await deleteLog();
      setMessage({ kind: 'ok', text: t('deletedAll', lang) });
    } catch (err) {
      fail(err);
    }
    await refresh();
  };

  const importFile = async (file: File) => {
    setMessage(null);
    const parsed = await parseImportStream(file.stream());
    if (!parsed.ok) {
      setMessage({
        kind: 'error',
        text: t('importFailed', lang, { reason: showBidiControls(parsed.error) }),
      });
      return;
    }
    try {
      const r = await importEntries(parsed.entries);
      setMessage({
        kind: parsed.refused.length ? 'error' : 'ok',
        text: t('imported', lang, {
          added: r.added,
          duplicates: r.duplicates,
          refused: parsed.refused.length,
        }),
        details: parsed.refused
          .slice(0, 50)
          .map((x) => t('refusedItem', lang, { record: x.record, reason: x.reason })),
      });
    } catch (err) {
      fail(err);
    }
    await refresh();
  };

  return { entries, message, setMessage, refresh, note, remove, removeAll, importFile };
}
