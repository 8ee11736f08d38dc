import { useState } from 'preact/hooks';
import type { Category, CustomTerm } from '../../indicators/types';
import { categoryName } from '../../settings/category-names';
import type { UiLang } from '../../settings/i18n';
import {
  MAX_TERM_LENGTH,
  TERM_CATEGORIES,
  TERM_WEIGHTS,
  validateCustomTerm,
} from '../../settings/validate';
import { t } from './strings';

export interface CustomTermsProps {
  terms: CustomTerm[];
  lang: UiLang;
  onChange(terms: CustomTerm[]): void;
}

/** The user's own literal terms: add with validation (clear nb/en reasons), remove. */
export function CustomTerms({ terms, lang, onChange }: CustomTermsProps) {
  const [term, setTerm] = useState('');
  const [category, setCategory] = useState<Category>('third-party');
  const [weight, setWeight] = useState(2);
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const candidate = { term, category, weight };
    const problem = validateCustomTerm(candidate, terms, lang);
    if (problem) return setError(problem);
    setError('');
    setTerm('');
    onChange([...terms, { ...candidate, term: term.trim() }]);
  };
  return (
    <div class="custom-terms">
      {terms.length === 0 ? (
        <p class="muted">{t('none', lang)}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('term', lang)}</th>
              <th scope="col">{t('category', lang)}</th>
              <th scope="col">{t('weight', lang)}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {terms.map((x) => (
              <tr key={x.term}>
                <th scope="row">{x.term}</th>
                <td>{categoryName(x.category, lang)}</td>
                <td>{x.weight}</td>
                <td>
                  <button
                    type="button"
                    class="danger small"
                    aria-label={t('remove', lang, { what: x.term })}
                    onClick={() => onChange(terms.filter((y) => y !== x))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="term-form" onSubmit={add} noValidate>
        <label>
          {t('term', lang)}
          <input
            type="text"
            name="term"
            value={term}
            maxLength={MAX_TERM_LENGTH * 4}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'term-err' : undefined}
            onInput={(e) => setTerm(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('category', lang)}
          <select
            name="category"
            value={category}
            onChange={(e) => setCategory(e.currentTarget.value as Category)}
          >
            {TERM_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryName(c, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('weight', lang)}
          <select
            name="weight"
            value={weight}
            onChange={(e) => setWeight(Number(e.currentTarget.value))}
          >
            {TERM_WEIGHTS.map((w) => (
              <option key={w} value={w}>
                {t(`weight_${w}`, lang)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('add', lang)}</button>
      </form>
      {error && (
        <p id="term-err" class="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
