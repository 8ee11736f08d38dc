import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../messaging/protocol';
import { LangSwitch } from '../../settings/ui/LangSwitch';
import { NoticeBanner } from '../../settings/ui/NoticeBanner';
import { useSettings } from '../../settings/ui/use-settings';
import { AddToInvestigation } from './AddToInvestigation';
import { CardToggles } from './CardToggles';
import { PageSummary } from './PageSummary';
import { SaveFlagged } from './SaveFlagged';
import { t } from './strings';
import { useActiveTab, type SummarySource } from './use-active-tab';

export interface PopupProps {
  /** Where the tab summary comes from; the background (getTabSummary) unless a test says otherwise. */
  getSummary?: SummarySource;
}

export function Popup({ getSummary }: PopupProps) {
  const [version, setVersion] = useState('');
  useEffect(() => setVersion(browser.runtime.getManifest().version), []);
  const { settings, lang, update, notice, dismissNotice, error } = useSettings();
  const { host, summary, ready, tabId } = useActiveTab(getSummary);
  const paused = host !== null && settings.pausedSites.includes(host);
  const never = host !== null && settings.neverRunOn.includes(host);
  const flagged = summary ? summary.byLevel.medium + summary.byLevel.high : 0;

  const togglePause = () =>
    update((s) => ({
      ...s,
      pausedSites: paused ? s.pausedSites.filter((h) => h !== host) : [...s.pausedSites, host!],
    }));

  return (
    <main class="popup" lang={lang}>
      <header class="top">
        <h1>Lykt {version}</h1>
        <LangSwitch lang={lang} onChange={(l) => void update((s) => ({ ...s, uiLang: l }))} />
      </header>
      <p class="muted tagline">{t('tagline', lang)}</p>
      {notice && <NoticeBanner notice={notice} lang={lang} onDismiss={dismissNotice} />}
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      <section aria-labelledby="page-h">
        <h2 id="page-h">
          {t('thisPage', lang)}
          {host ? `: ${host}` : ''}
        </h2>
        {ready && <PageSummary summary={summary} lang={lang} />}
        {never && <p>{t('neverRuns', lang, { host: host! })}</p>}
        {flagged > 0 && tabId !== null && !paused && !never && (
          <SaveFlagged
            lang={lang}
            count={flagged}
            save={() => sendMessage('saveFlagged', { tabId })}
          />
        )}
        {summary && summary.scanned > 0 && tabId !== null && !paused && !never && (
          <AddToInvestigation
            lang={lang}
            count={summary.scanned}
            add={(name) => sendMessage('addPageToInvestigation', { tabId, name })}
          />
        )}
        {host && !never && (
          <>
            <button
              type="button"
              class="secondary pause"
              aria-pressed={paused}
              onClick={() => void togglePause()}
            >
              {t(paused ? 'resume' : 'pause', lang, { host })}
            </button>
            {paused && <p class="muted">{t('pausedNote', lang)}</p>}
          </>
        )}
      </section>
      <nav class="row actions" aria-label="Lykt">
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/log.html') })}
        >
          {t('openLog', lang)}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('options', lang)}
        </button>
      </nav>
      <section aria-label={t('cards', lang)}>
        <CardToggles lang={lang} />
      </section>
    </main>
  );
}
