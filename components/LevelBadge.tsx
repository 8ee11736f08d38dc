import { categoryInfo } from '../cards/category-info';
import type { CardLang } from '../cards/types';
import type { Category, Level } from '../indicators/types';
import { t } from './i18n';

export type LevelBadgeProps = {
  level: Level;
  count: number;
  categories: Category[];
  lang: CardLang;
  /** Gets the click, so a host can tell a user's click from a script's (`isTrusted`). */
  onActivate?: (e: MouseEvent) => void;
  expanded?: boolean;
};

/** "3 indicators: youth, third party. Level: medium" (the visible text starts the name). */
export function badgeName(
  count: number,
  categories: readonly Category[],
  level: Level,
  lang: CardLang,
): string {
  const noun = t(lang, count === 1 ? 'indicatorOne' : 'indicatorMany');
  const labels = categories.map((c) => categoryInfo(c, lang).label).join(', ');
  return `${count} ${noun}${labels ? `: ${labels}` : ''}. ${t(lang, 'level')}: ${t(lang, `level.${level}`)}`;
}

/** The per-ad badge: a real button that opens the card popover. */
export function LevelBadge({
  level,
  count,
  categories,
  lang,
  onActivate,
  expanded = false,
}: LevelBadgeProps) {
  return (
    <button
      type="button"
      class="lykt-badge"
      data-level={level}
      lang={lang}
      aria-label={badgeName(count, categories, level, lang)}
      aria-expanded={expanded}
      aria-haspopup="dialog"
      onClick={(e) => onActivate?.(e)}
    >
      <span class="lykt-badge-dot" aria-hidden="true" />
      {count} {t(lang, count === 1 ? 'indicatorOne' : 'indicatorMany')}
    </button>
  );
}
