import { useState } from 'preact/hooks';
import type { UiLang } from '../../settings/i18n';
import { t } from './strings';

export type ExportKind = 'json' | 'csv' | 'graphml' | 'gexf' | 'nodes' | 'edges';

export interface ImportExportProps {
  lang: UiLang;
  canExport: boolean;
  /** There are clusters to export as a network. */
  canExportNetwork: boolean;
  onExport(kind: ExportKind): void;
  onImport(file: File): void;
  /** "Delete everything": removes the whole database (asked twice). */
  onDeleteAll(): void;
}

export function ImportExport({
  lang,
  canExport,
  canExportNetwork,
  onExport,
  onImport,
  onDeleteAll,
}: ImportExportProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div class="row import-export">
      <button type="button" disabled={!canExport} onClick={() => onExport('json')}>
        {t('exportJson', lang)}
      </button>
      <button type="button" disabled={!canExport} onClick={() => onExport('csv')}>
        {t('exportCsv', lang)}
      </button>
      {(['graphml', 'gexf', 'nodes', 'edges'] as const).map((k) => (
        <button key={k} type="button" disabled={!canExportNetwork} onClick={() => onExport(k)}>
          {t(`export_${k}`, lang)}
        </button>
      ))}
      <label class="file-button">
        {t('importJson', lang)}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) onImport(file);
            input.value = '';
          }}
        />
      </label>
      {/* Two steps inline: window.confirm() is not available in Chrome's side panel. */}
      {confirming ? (
        <span class="row" role="group" aria-label={t('deleteAllAsk', lang)}>
          <span>{t('deleteAllAsk', lang)}</span>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirming(false);
              onDeleteAll();
            }}
          >
            {t('deleteAllYes', lang)}
          </button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            {t('cancel', lang)}
          </button>
        </span>
      ) : (
        <button
          type="button"
          class="danger"
          disabled={!canExport}
          onClick={() => setConfirming(true)}
        >
          {t('deleteAll', lang)}
        </button>
      )}
    </div>
  );
}

/** Saves text (in parts: a big log is never one string) as a file through a temporary link (no downloads permission needed). */
export function download(name: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
