import { categoryLabel } from '../cards/category-labels';
import type { CardLang } from '../cards/types';
import type { Category, Level } from '../indicators/types';
import { t } from './i18n';

export type LevelBadgeProps = {
  level: Level;
  /** Distinct words found (what the highlights show). */
  words: number;
  /** Kinds of sign (categories), strongest first. */
  categories: Category[];
  lang: CardLang;
  /** A small marker (ads below the badge level): level and words only. */
  compact?: boolean;
  /** Gets the click, so a host can tell a user's click from a script's (`isTrusted`). */
  onActivate?: (e: MouseEvent) => void;
  expanded?: boolean;
};

const n = (lang: CardLang, k: number, one: 'wordOne' | 'signOne') =>
  `${k} ${t(lang, k === 1 ? one : one === 'wordOne' ? 'wordMany' : 'signMany')}`;

/**
 * "High · 3 words · 2 signs": the level in words (never colour alone), then what it counts:
 * distinct highlighted words, and the kinds of sign they belong to (looked at on real pages:
 * one sign often has two or three words, so "1 indicator" over three highlights misled).
 */
export function badgeText(
  level: Level,
  words: number,
  signs: number,
  lang: CardLang,
  compact = false,
): string {
  const head = `${t(lang, `levelCap.${level}`)} · ${n(lang, words, 'wordOne')}`;
  return compact ? head : `${head} · ${n(lang, signs, 'signOne')}`;
}

/** The visible text, then the signs by name: "High · 3 words · 2 signs: youth, third party". */
export function badgeName(
  level: Level,
  words: number,
  categories: readonly Category[],
  lang: CardLang,
  compact = false,
): string {
  const labels = categories.map((c) => categoryLabel(c, lang)).join(', ');
  const text = badgeText(level, words, categories.length, lang, compact);
  return labels ? `${text}: ${labels}` : text;
}

/** The per-ad badge: a real button that opens the card popover. */
export function LevelBadge({
  level,
  words,
  categories,
  lang,
  compact = false,
  onActivate,
  expanded = false,
}: LevelBadgeProps) {
  return (
    <button
      type="button"
      class={compact ? 'lykt-badge lykt-marker' : 'lykt-badge'}
      data-level={level}
      lang={lang}
      aria-label={badgeName(level, words, categories, lang, compact)}
      aria-expanded={expanded}
      aria-haspopup="dialog"
      onClick={(e) => onActivate?.(e)}
    >
      <span class="lykt-badge-dot" aria-hidden="true" />
      {badgeText(level, words, categories.length, lang, compact)}
    </button>
  );
}
