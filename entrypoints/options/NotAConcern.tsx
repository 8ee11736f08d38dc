import { useEffect, useState } from 'preact/hooks';
import type { UiLang } from '../../settings/i18n';
import {
  addDismissed,
  listDismissed,
  removeDismissed,
  watchDismissed,
  type DismissedEntry,
} from '../../settings/dismissed-store';
import { t } from './strings';

export interface NotAConcernProps {
  lang: UiLang;
}

const label = (e: DismissedEntry, lang: UiLang) =>
  e.kind === 'ad'
    ? t('dismissedAd', lang, { title: e.title || t('untitledAd', lang) })
    : t('dismissedTerm', lang, { term: e.term });

/** Ads and words marked "not a concern" on the page, per site; each can be taken back. */
export function NotAConcern({ lang }: NotAConcernProps) {
  const [list, setList] = useState<DismissedEntry[] | null>(null);
  const [removed, setRemoved] = useState<DismissedEntry | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    listDismissed()
      .then(setList)
      .catch((e: unknown) => setError(String(e)));
    return watchDismissed(setList);
  }, []);
  const act = (p: Promise<DismissedEntry[]>) =>
    p.then(setList).catch((e: unknown) => setError(t('saveFailed', lang, { reason: String(e) })));
  if (list === null) return error ? <p class="error-text">{error}</p> : null;
  const sites = [...new Set(list.map((e) => e.site))].sort();
  return (
    <div class="not-a-concern">
      {sites.length === 0 && <p class="muted">{t('none', lang)}</p>}
      {sites.map((site) => (
        <section key={site} aria-label={site}>
          <h3>{site}</h3>
          <ul>
            {list
              .filter((e) => e.site === site)
              .map((e) => (
                <li key={`${e.kind}|${e.kind === 'ad' ? e.hash : e.term}`}>
                  <span>{label(e, lang)}</span>
                  <button
                    type="button"
                    class="secondary small"
                    aria-label={t('takeBackLabel', lang, { what: label(e, lang), site })}
                    onClick={() => {
                      setRemoved(e);
                      void act(removeDismissed(e));
                    }}
                  >
                    {t('takeBack', lang)}
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <div role="status" aria-live="polite">
        {removed && (
          <p class="row">
            <span>{t('takenBack', lang, { what: label(removed, lang), site: removed.site })}</span>
            <button
              type="button"
              class="secondary small"
              onClick={() => {
                void act(addDismissed(removed));
                setRemoved(null);
              }}
            >
              {t('undo', lang)}
            </button>
          </p>
        )}
      </div>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
