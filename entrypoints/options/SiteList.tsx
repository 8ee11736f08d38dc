import { useState } from 'preact/hooks';
import type { UiLang } from '../../settings/i18n';
import { normaliseHost } from '../../settings/validate';
import { t } from './strings';

export interface SiteListProps {
  id: string;
  sites: string[];
  lang: UiLang;
  /** Without it the list can only shrink (paused sites are added from the popup). */
  onAdd?(host: string): void;
  onRemove(host: string): void;
}

export function SiteList({ id, sites, lang, onAdd, onRemove }: SiteListProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const host = normaliseHost(text);
    if (!host) return setError(t('badHost', lang));
    if (sites.includes(host)) return setError(t('dupHost', lang));
    setError('');
    setText('');
    onAdd?.(host);
  };
  return (
    <div class="site-list">
      {sites.length === 0 ? (
        <p class="muted">{t('none', lang)}</p>
      ) : (
        <ul>
          {sites.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <button
                type="button"
                class="danger small"
                onClick={() => onRemove(s)}
                aria-label={t('remove', lang, { what: s })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {onAdd && (
        <form class="row" onSubmit={add} noValidate>
          <label for={`${id}-in`}>{t('site', lang)}</label>
          <input
            id={`${id}-in`}
            type="text"
            value={text}
            maxLength={300}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-err` : undefined}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit">{t('add', lang)}</button>
          {error && (
            <p id={`${id}-err`} class="error-text" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
