import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LangSwitch } from '../../settings/ui/LangSwitch';
import { useSettings } from '../../settings/ui/use-settings';
import { exportCsvParts, exportJsonParts } from '../export';
import { filterEntries, sitesOf, type LogFilter, type LogSort } from '../filter';
import { contactGroups, contactSummaries } from '../group';
import { ContactLinks } from './ContactLinks';
import { EntryItem } from './EntryItem';
import { FilterBar } from './FilterBar';
import { download, ImportExport } from './ImportExport';
import { t } from './strings';
import { useLog } from './use-log';

export interface LogAppProps {
  /** Side panel: narrow layout and a link to the full page. */
  compact?: boolean;
}

/** The research log UI, shared by the side panel (sidebar in Firefox) and log.html. */
export function LogApp({ compact = false }: LogAppProps) {
  const { settings, update } = useSettings();
  const lang = settings.uiLang;
  const log = useLog(lang);
  const [filter, setFilter] = useState<LogFilter>({});
  const [sort, setSort] = useState<LogSort>('newest');
  const all = log.entries ?? [];
  const shown = useMemo(() => filterEntries(all, filter, sort), [all, filter, sort]);
  const summaries = useMemo(() => contactSummaries(all), [all]);
  const groups = useMemo(() => contactGroups(all), [all]);
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <main class={compact ? 'log compact' : 'log'} lang={lang}>
      <header class="top">
        <h1>{t('title', lang)}</h1>
        <LangSwitch lang={lang} onChange={(l) => void update((s) => ({ ...s, uiLang: l }))} />
      </header>
      <p class="muted">{t('intro', lang)}</p>
      {compact && (
        <p>
          <a href={browser.runtime.getURL('/log.html')} target="_blank" rel="noopener">
            {t('openFull', lang)}
          </a>
        </p>
      )}
      <ImportExport
        lang={lang}
        canExport={all.length > 0}
        onExport={(kind) =>
          kind === 'json'
            ? download(`lykt-log-${stamp}.json`, exportJsonParts(all), 'application/json')
            : download(`lykt-log-${stamp}.csv`, exportCsvParts(all), 'text/csv;charset=utf-8')
        }
        onImport={(f) => void log.importFile(f)}
        onDeleteAll={() => void log.removeAll()}
      />
      <div role="status" aria-live="polite" class="message-slot">
        {log.message && (
          <div class={`message ${log.message.kind}`}>
            <p>{log.message.text}</p>
            {log.message.details && log.message.details.length > 0 && (
              <ul class="refusals">
                {log.message.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      {log.entries === null ? (
        <p>{t('loading', lang)}</p>
      ) : all.length === 0 ? (
        <p class="empty">{t('empty', lang)}</p>
      ) : (
        <>
          <ContactLinks
            summaries={summaries}
            groups={groups}
            entries={all}
            lang={lang}
            compact={compact}
            onPick={(c) => setFilter({ query: c })}
          />
          <section aria-labelledby="entries-h">
            <h2 id="entries-h">{t('count', lang, { shown: shown.length, total: all.length })}</h2>
            <FilterBar
              filter={filter}
              sort={sort}
              sites={sitesOf(all)}
              lang={lang}
              onFilter={setFilter}
              onSort={setSort}
            />
            <div class="entries">
              {shown.map((e) => (
                <EntryItem
                  key={e.id}
                  entry={e}
                  lang={lang}
                  onNote={log.note}
                  onDelete={(id) => void log.remove(id)}
                />
              ))}
            </div>
          </section>
        </>
      )}
    </main>
  );
}
