import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LangSwitch } from '../../settings/ui/LangSwitch';
import { useSettings } from '../../settings/ui/use-settings';
import { exportCsvParts, exportJsonParts } from '../export';
import type { Cluster } from '../clusters';
import { exportEdgesCsv, exportGraphml, exportNodesCsv } from '../graph-export';
import { exportGexf } from '../gexf-export';
import type { LogEntry } from '../types';
import { filterEntries, investigationsOf, sitesOf, type LogFilter, type LogSort } from '../filter';
import { contactGroups, contactSummaries } from '../group';
import { ClusterList } from './ClusterList';
import { NetworkDrawing } from './NetworkDrawing';
import { ContactLinks } from './ContactLinks';
import { EntryList } from './EntryList';
import { FilterBar } from './FilterBar';
import { download, ImportExport, type ExportKind } from './ImportExport';
import { t } from './strings';
import { useLog } from './use-log';
import { useClusters } from './use-clusters';

export interface LogAppProps {
  /** Side panel: narrow layout and a link to the full page. */
  compact?: boolean;
}

/** The research log UI, shared by the side panel (sidebar in Firefox) and log.html. */
export function LogApp({ compact = false }: LogAppProps) {
  const { lang, update } = useSettings();
  const log = useLog(lang);
  const [filter, setFilter] = useState<LogFilter>({});
  const [sort, setSort] = useState<LogSort>('newest');
  const all = log.entries ?? [];
  const shown = useMemo(() => filterEntries(all, filter, sort), [all, filter, sort]);
  const summaries = useMemo(() => contactSummaries(all), [all]);
  const groups = useMemo(() => contactGroups(all), [all]);
  const investigations = useMemo(() => investigationsOf(all), [all]);
  // Clusters of one investigation when one is picked (its ads only), else of the whole log.
  const inv = filter.investigation;
  const clusterInput = useMemo(
    () => (inv ? all.filter((e) => e.investigations?.includes(inv)) : log.entries),
    [log.entries, inv],
  );
  const computed = useClusters(clusterInput, inv);
  const clusters = computed?.clusters ?? [];
  const byId = useMemo(() => new Map(all.map((e) => [e.id, e])), [all]);
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
        canExportNetwork={clusters.length > 0}
        // With an investigation picked, every export holds that investigation only.
        onExport={(kind) => exportAs(kind, clusterInput ?? all, clusters, stamp)}
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
          <ClusterList
            clusters={computed?.clusters ?? null}
            investigation={inv}
            byId={byId}
            lang={lang}
          />
          {!compact && computed && (
            <NetworkDrawing network={computed.network} byId={byId} lang={lang} />
          )}
          <section aria-labelledby="entries-h">
            <h2 id="entries-h">{t('count', lang, { shown: shown.length, total: all.length })}</h2>
            <FilterBar
              filter={filter}
              sort={sort}
              sites={sitesOf(all)}
              investigations={investigations}
              lang={lang}
              onFilter={setFilter}
              onSort={setSort}
            />
            <EntryList
              entries={shown}
              lang={lang}
              onNote={log.note}
              onDelete={(id) => void log.remove(id)}
            />
          </section>
        </>
      )}
    </main>
  );
}

const CSV = 'text/csv;charset=utf-8';
function exportAs(kind: ExportKind, all: LogEntry[], clusters: Cluster[], stamp: string): void {
  const name = `lykt-${kind === 'json' || kind === 'csv' ? 'log' : kind}-${stamp}`;
  if (kind === 'json') download(`${name}.json`, exportJsonParts(all), 'application/json');
  else if (kind === 'csv') download(`${name}.csv`, exportCsvParts(all), CSV);
  else if (kind === 'graphml')
    download(`${name}.graphml`, [exportGraphml(clusters, all)], 'application/graphml+xml');
  else if (kind === 'gexf')
    download(`${name}.gexf`, [exportGexf(clusters, all)], 'application/gexf+xml');
  else if (kind === 'nodes') download(`${name}.csv`, [exportNodesCsv(clusters, all)], CSV);
  else download(`${name}.csv`, [exportEdgesCsv(clusters)], CSV);
}
