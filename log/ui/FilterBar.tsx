import { isolate } from '../bidi';
import { CATEGORIES, LEVELS, type Category, type Level } from '../../indicators/types';
import { categoryName } from '../../settings/category-names';
import type { UiLang } from '../../settings/i18n';
import { LOG_SORTS, type LogFilter, type LogSort } from '../filter';
import { t } from './strings';

export interface FilterBarProps {
  filter: LogFilter;
  sort: LogSort;
  sites: string[];
  /** Investigation names in the log (the choice is hidden when there are none). */
  investigations?: string[];
  lang: UiLang;
  onFilter(f: LogFilter): void;
  onSort(s: LogSort): void;
}

const val = (e: Event) =>
  (e.currentTarget as HTMLInputElement | HTMLSelectElement).value || undefined;

export function FilterBar({
  filter,
  sort,
  sites,
  investigations = [],
  lang,
  onFilter,
  onSort,
}: FilterBarProps) {
  const set = (k: keyof LogFilter) => (e: Event) => onFilter({ ...filter, [k]: val(e) });
  return (
    <form
      class="filters"
      role="search"
      aria-label={t('filters', lang)}
      onSubmit={(e) => e.preventDefault()}
    >
      <label class="grow">
        {t('search', lang)}
        <input type="search" value={filter.query ?? ''} onInput={set('query')} />
      </label>
      <label>
        {t('category', lang)}
        <select value={filter.category ?? ''} onChange={set('category')}>
          <option value="">{t('all', lang)}</option>
          {CATEGORIES.map((c: Category) => (
            <option key={c} value={c}>
              {categoryName(c, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('minLevel', lang)}
        <select value={filter.minLevel ?? ''} onChange={set('minLevel')}>
          <option value="">{t('all', lang)}</option>
          {LEVELS.filter((l) => l !== 'none').map((l: Level) => (
            <option key={l} value={l}>
              {t(`level_${l}`, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('site', lang)}
        <select value={filter.site ?? ''} onChange={set('site')}>
          <option value="">{t('all', lang)}</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {isolate(s)}
            </option>
          ))}
        </select>
      </label>
      {investigations.length > 0 && (
        <label>
          {t('investigation', lang)}
          <select value={filter.investigation ?? ''} onChange={set('investigation')}>
            <option value="">{t('all', lang)}</option>
            {investigations.map((n) => (
              <option key={n} value={n}>
                {isolate(n)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('from', lang)}
        <input type="date" value={filter.from ?? ''} onChange={set('from')} />
      </label>
      <label>
        {t('to', lang)}
        <input type="date" value={filter.to ?? ''} onChange={set('to')} />
      </label>
      <label>
        {t('sort', lang)}
        <select value={sort} onChange={(e) => onSort(val(e) as LogSort)}>
          {LOG_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sort_${s}`, lang)}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
