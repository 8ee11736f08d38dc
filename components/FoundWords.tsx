import { Fragment } from 'preact';
import type { CategoryNotes } from '../cards/category-info';
import { categoryLabel } from '../cards/category-labels';
import type { CardLang } from '../cards/types';
import type { Category, Finding } from '../indicators/types';
import { t } from './i18n';

export type FoundWordsProps = {
  findings: Finding[];
  lang: CardLang;
  /** Why each sign matters and what it cannot tell; loaded with the cards (absent meanwhile). */
  notes?: CategoryNotes | null;
  /** "“tantric” is fine on this site": absent, no such buttons. Gets the click (isTrusted). */
  onFine?: (e: Event, term: string, word: string) => void;
  /** Button text for `onFine`, with `{w}` for the word. */
  fineLabel?: string;
};

type Word = { match: string; term: string };

// Words that differ only by invisible characters, spacing or case read the same: list them once.
const sameWord = (w: string) =>
  w
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** Findings by category (first seen first), each with its distinct words and their terms. */
export function wordsByCategory(findings: readonly Finding[]): Map<Category, Word[]> {
  const groups = new Map<Category, Word[]>();
  const seen = new Set<string>();
  for (const f of findings) {
    const words = groups.get(f.category) ?? [];
    const key = `${f.category}\u0000${sameWord(f.match)}`;
    if (!seen.has(key)) words.push({ match: f.match, term: f.term });
    seen.add(key);
    groups.set(f.category, words);
  }
  return groups;
}

/** Distinct words over all findings: what the badge counts as "words". */
export function countWords(findings: readonly Finding[]): number {
  return new Set(findings.map((f) => sameWord(f.match))).size;
}

/**
 * The words found, one line per sign ("Youth: «young», «fresh»"), each line a disclosure that
 * opens to why it matters, what it cannot tell, and the per-word "fine on this site" buttons.
 * Words are text in <bdi>, never HTML.
 */
export function FoundWords({ findings, lang, notes, onFine, fineLabel }: FoundWordsProps) {
  const groups = wordsByCategory(findings);
  if (groups.size === 0) return <p class="lykt-empty">{t(lang, 'noFindings')}</p>;
  return (
    <ul class="lykt-indicators lykt-found" lang={lang}>
      {[...groups].map(([category, words]) => {
        const note = notes?.[category];
        return (
          <li key={category} class="lykt-indicator" data-category={category}>
            <details>
              <summary>
                <span class="lykt-indicator-label">{categoryLabel(category, lang)}</span>
                <span class="lykt-sr"> {t(lang, 'matched')}</span>:{' '}
                <span class="lykt-indicator-words">
                  {words.map((w, i) => (
                    <Fragment key={`${w.term}|${w.match}`}>
                      {i > 0 && ', '}
                      <q>
                        <bdi>{w.match}</bdi>
                      </q>
                    </Fragment>
                  ))}
                </span>
              </summary>
              {note && (
                <dl>
                  <dt>{t(lang, 'why')}</dt>
                  <dd>{note.why}</dd>
                  <dt>{t(lang, 'limits')}</dt>
                  <dd>{note.limits}</dd>
                </dl>
              )}
              {onFine && fineLabel && category !== 'shared-contact' && (
                <p class="lykt-fine-row">
                  {words
                    .filter((w, i) => words.findIndex((x) => x.term === w.term) === i)
                    .map((w) => (
                      <button
                        key={w.term}
                        type="button"
                        class="lykt-fine"
                        onClick={(e) => onFine(e, w.term, w.match)}
                      >
                        {fineLabel.split('{w}')[0]}
                        <bdi>{w.match}</bdi>
                        {fineLabel.split('{w}')[1]}
                      </button>
                    ))}
                </p>
              )}
            </details>
          </li>
        );
      })}
    </ul>
  );
}
