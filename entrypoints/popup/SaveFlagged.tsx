import { useState } from 'preact/hooks';
import { deleteEntry } from '../../log/store';
import type { BulkSaveReply } from '../../messaging/protocol';
import type { UiLang } from '../../settings/i18n';
import { t } from './strings';

export interface SaveFlaggedProps {
  lang: UiLang;
  /** Flagged ads on the page (the background's per-tab count). */
  count: number;
  /** Saves through the background (`saveFlagged`). */
  save(): Promise<BulkSaveReply>;
  /** Removes saved entries again (undo). */
  remove?(ids: string[]): Promise<void>;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; added: string[]; already: number; dismissed: number }
  | { kind: 'undone'; n: number }
  | { kind: 'error'; text: string };

const removeAll = async (ids: string[]) => {
  for (const id of ids) await deleteEntry(id);
};

/** "Save all flagged ads on this page", with what happened and an undo. */
export function SaveFlagged({ lang, count, save, remove = removeAll }: SaveFlaggedProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'busy' });
    try {
      const r = await save();
      setState(
        r.ok
          ? { kind: 'saved', added: r.added, already: r.already, dismissed: r.dismissed }
          : { kind: 'error', text: t('bulkFailed', lang, { reason: r.error }) },
      );
    } catch (e) {
      setState({ kind: 'error', text: t('bulkFailed', lang, { reason: String(e) }) });
    }
  };
  const undo = async (ids: string[]) => {
    setState({ kind: 'busy' });
    try {
      await remove(ids);
      setState({ kind: 'undone', n: ids.length });
    } catch (e) {
      setState({ kind: 'error', text: t('bulkFailed', lang, { reason: String(e) }) });
    }
  };
  return (
    <div class="save-flagged">
      <button type="button" disabled={state.kind === 'busy'} onClick={() => void run()}>
        {t(count === 1 ? 'saveFlagged1' : 'saveFlagged', lang, { n: count })}
      </button>
      <div role="status" aria-live="polite">
        {state.kind === 'saved' && (
          <p class="row">
            <span>
              {t('bulkSaved', lang, { n: state.added.length })}
              {state.already > 0 && ` ${t('bulkAlready', lang, { n: state.already })}`}
              {state.dismissed > 0 && ` ${t('bulkDismissed', lang, { n: state.dismissed })}`}
            </span>
            {state.added.length > 0 && (
              <button type="button" class="secondary" onClick={() => void undo(state.added)}>
                {t('undo', lang)}
              </button>
            )}
          </p>
        )}
        {state.kind === 'undone' && <p>{t('bulkUndone', lang, { n: state.n })}</p>}
      </div>
      {state.kind === 'error' && (
        <p class="error-text" role="alert">
          {state.text}
        </p>
      )}
    </div>
  );
}
