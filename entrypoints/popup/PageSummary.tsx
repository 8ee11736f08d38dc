import type { TabSummary } from '../../messaging/protocol';
import type { Category } from '../../indicators/types';
import { categoryName } from '../../settings/category-names';
import type { UiLang } from '../../settings/i18n';
import { t } from './strings';

export interface PageSummaryProps {
  summary: TabSummary | null;
  lang: UiLang;
}

/** Counts from the background's per-tab report: scanned, flagged by level, top categories. */
export function PageSummary({ summary, lang }: PageSummaryProps) {
  if (!summary || summary.scanned === 0) return <p class="muted">{t('nothing', lang)}</p>;
  const { byLevel } = summary;
  const top = (Object.entries(summary.categories) as [Category, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3);
  return (
    <div class="summary">
      <dl class="counts">
        <div>
          <dt>{t('scanned', lang)}</dt>
          <dd data-testid="scanned">{summary.scanned}</dd>
        </div>
        <div>
          <dt>{t('flagged', lang)}</dt>
          <dd data-testid="flagged">{byLevel.medium + byLevel.high}</dd>
        </div>
      </dl>
      <h3>{t('byLevel', lang)}</h3>
      <ul class="levels">
        {(['high', 'medium', 'low'] as const).map((l) => (
          <li key={l}>
            <span class={`level level-${l}`}>{t(`level_${l}`, lang)}</span> {byLevel[l]}
          </li>
        ))}
      </ul>
      {top.length > 0 && (
        <>
          <h3>{t('topCategories', lang)}</h3>
          <ol class="top-cats">
            {top.map(([c, n]) => (
              <li key={c}>
                {categoryName(c, lang)}: {n}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
