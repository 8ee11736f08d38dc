import { Fragment } from 'preact';
import { categoryInfo } from '../cards/category-info';
import type { CardLang } from '../cards/types';
import type { Category, Finding } from '../indicators/types';
import { wordsByCategory } from './FoundWords';
import { t } from './i18n';

export type IndicatorListProps = {
  findings: Finding[];
  lang: CardLang;
};

/** Groups findings by category, first-seen order, with each category's distinct matched words. */
export function groupFindings(findings: readonly Finding[]): Map<Category, string[]> {
  const out = new Map<Category, string[]>();
  for (const [c, words] of wordsByCategory(findings))
    out.set(
      c,
      words.map((w) => w.match),
    );
  return out;
}

/** The matched words (always as text, never HTML) with why they matter and what they cannot tell. */
export function IndicatorList({ findings, lang }: IndicatorListProps) {
  const groups = groupFindings(findings);
  if (groups.size === 0) return <p class="lykt-empty">{t(lang, 'noFindings')}</p>;
  return (
    <ul class="lykt-indicators" lang={lang}>
      {[...groups].map(([category, words]) => {
        const info = categoryInfo(category, lang);
        return (
          <li key={category} class="lykt-indicator" data-category={category}>
            <p class="lykt-indicator-label">{info.label}</p>
            <p class="lykt-indicator-words">
              <span class="lykt-sr">{t(lang, 'matched')}: </span>
              {words.map((w, i) => (
                <Fragment key={w}>
                  {i > 0 && ', '}
                  <q>
                    <bdi>{w}</bdi>
                  </q>
                </Fragment>
              ))}
            </p>
            <dl>
              <dt>{t(lang, 'why')}</dt>
              <dd>{info.why}</dd>
              <dt>{t(lang, 'limits')}</dt>
              <dd>{info.limits}</dd>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
