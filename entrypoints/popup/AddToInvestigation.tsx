import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isolate } from '../../log/bidi';
import { LAST_INVESTIGATION_KEY, listInvestigations, undoAdd } from '../../log/investigations';
import type { InvestigateReply, InvestigationList } from '../../messaging/protocol';
import type { UiLang } from '../../settings/i18n';
import { t } from './strings';

export interface AddToInvestigationProps {
  lang: UiLang;
  /** Ads scanned on the page, any level (the background's per-tab count). */
  count: number;
  /** The investigations in the log and the last one used; read from the log unless a test says otherwise. */
  load?(): Promise<InvestigationList>;
  /** Adds every scanned ad of the page through the background (`addPageToInvestigation`). */
  add(name: string): Promise<InvestigateReply>;
  /** Takes an add back (undo): new entries deleted, the name taken off the others. */
  undo?(r: { name: string; added: string[]; merged: string[] }): Promise<void>;
}

type Done = Extract<InvestigateReply, { ok: true }>;
type State =
  | { kind: 'idle' | 'busy' }
  | { kind: 'done'; r: Done }
  | { kind: 'undone'; name: string }
  | { kind: 'error'; text: string };

/** The popup is an extension page: it reads the log and extension storage itself. */
async function fromLog(): Promise<InvestigationList> {
  const last = (await browser.storage.local.get(LAST_INVESTIGATION_KEY))[LAST_INVESTIGATION_KEY];
  const names = (await listInvestigations()).map((n) => n.name);
  return { names, last: typeof last === 'string' ? last : null };
}

/** What an add did: new entries, saved ones that got the name, the rest. */
function summary(lang: UiLang, r: Done): string {
  const parts = [t('investAdded', lang, { n: r.added.length, name: isolate(r.name) })];
  if (r.merged.length) parts.push(t('investMerged', lang, { n: r.merged.length }));
  if (r.already) parts.push(t('investAlready', lang, { n: r.already }));
  if (r.repeated) parts.push(t('investRepeated', lang, { n: r.repeated }));
  if (r.full) parts.push(t('investFull', lang, { n: r.full }));
  if (r.dismissed) parts.push(t('bulkDismissed', lang, { n: r.dismissed }));
  if (r.refused) parts.push(t('investRefused', lang, { n: r.refused }));
  return parts.join(' ');
}

/** "Add all N ads on this page to investigation …", with what happened and an undo. */
export function AddToInvestigation({
  lang,
  count,
  load = fromLog,
  add,
  undo = undoAdd,
}: AddToInvestigationProps) {
  const [name, setName] = useState('');
  const [names, setNames] = useState<string[]>([]);
  const [state, setState] = useState<State>({ kind: 'idle' });
  useEffect(() => {
    load().then(
      (l) => {
        setNames(l.names);
        if (l.last) setName((v) => v || l.last!);
      },
      () => undefined,
    );
  }, []);
  const fail = (e: unknown) =>
    setState({ kind: 'error', text: t('investFailed', lang, { reason: String(e) }) });
  const run = async () => {
    if (!name.trim()) return setState({ kind: 'error', text: t('investNoName', lang) });
    setState({ kind: 'busy' });
    try {
      const r = await add(name);
      if (!r.ok) return fail(r.error);
      setState({ kind: 'done', r });
      if (!names.includes(r.name)) setNames([...names, r.name]);
    } catch (e) {
      fail(e);
    }
  };
  const takeBack = async (r: Done) => {
    setState({ kind: 'busy' });
    try {
      await undo(r);
      setState({ kind: 'undone', name: r.name });
    } catch (e) {
      fail(e);
    }
  };
  return (
    <form
      class="investigate"
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <label for="invest-name">{t('investName', lang)}</label>
      <div class="row">
        <input
          id="invest-name"
          type="text"
          list="invest-names"
          maxLength={80}
          autocomplete="off"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <datalist id="invest-names">
          {names.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <button type="submit" disabled={state.kind === 'busy'}>
          {t(count === 1 ? 'investAll1' : 'investAll', lang, { n: count })}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state.kind === 'done' && (
          <p class="row">
            <span>{summary(lang, state.r)}</span>
            {(state.r.added.length > 0 || state.r.merged.length > 0) && (
              <button type="button" class="secondary" onClick={() => void takeBack(state.r)}>
                {t('undo', lang)}
              </button>
            )}
          </p>
        )}
        {state.kind === 'undone' && <p>{t('investUndone', lang, { name: isolate(state.name) })}</p>}
      </div>
      {state.kind === 'error' && (
        <p class="error-text" role="alert">
          {state.text}
        </p>
      )}
    </form>
  );
}
