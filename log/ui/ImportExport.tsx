import type { UiLang } from '../../settings/i18n';
import { t } from './strings';

export interface ImportExportProps {
  lang: UiLang;
  canExport: boolean;
  onExport(kind: 'json' | 'csv'): void;
  onImport(file: File): void;
}

export function ImportExport({ lang, canExport, onExport, onImport }: ImportExportProps) {
  return (
    <div class="row import-export">
      <button type="button" disabled={!canExport} onClick={() => onExport('json')}>
        {t('exportJson', lang)}
      </button>
      <button type="button" disabled={!canExport} onClick={() => onExport('csv')}>
        {t('exportCsv', lang)}
      </button>
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
    </div>
  );
}

/** Saves text as a file through a temporary link (no downloads permission needed). */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
