import { useState } from 'preact/hooks';
import { showBidiControls } from '../bidi';
import { Bdi, BdiList } from './Bdi';
import { categoryName } from '../../settings/category-names';
import type { UiLang } from '../../settings/i18n';
import type { LogEntry } from '../types';
import { t } from './strings';

export interface EntryItemProps {
  entry: LogEntry;
  lang: UiLang;
  onNote(id: string, note: string): Promise<boolean>;
  onDelete(id: string): void;
}

/** One saved ad. Ad text is attacker-written: it is only ever rendered as text. */
export function EntryItem({ entry: e, lang, onNote, onDelete }: EntryItemProps) {
  const [note, setNote] = useState(e.note);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const cats = [...new Set(e.indicators.map((i) => i.category))];
  const safeUrl = /^https?:\/\//i.test(e.url) ? e.url : undefined;
  const noteId = `note-${e.id}`;
  const save = async () => {
    setStatus('');
    if (await onNote(e.id, note)) setStatus(t('noteSaved', lang));
  };
  return (
    <article class="entry" data-id={e.id} aria-labelledby={`t-${e.id}`}>
      <header>
        <h3 id={`t-${e.id}`}>
          <Bdi text={e.title || e.site} />
        </h3>
        <span class={`level level-${e.level}`}>{t(`level_${e.level}`, lang)}</span>
      </header>
      <p class="meta">
        <Bdi text={e.site} /> ·{' '}
        {t('saved', lang, {
          date: new Date(e.savedAt).toLocaleString(lang === 'nb' ? 'nb-NO' : 'en-GB'),
        })}
        {safeUrl && (
          <>
            {' · '}
            <a href={safeUrl} target="_blank" rel="noopener noreferrer">
              {t('open', lang)}
            </a>
          </>
        )}
      </p>
      {cats.length > 0 && (
        <ul class="chips" aria-label={lang === 'nb' ? 'Kategorier' : 'Categories'}>
          {cats.map((c) => (
            <li key={c}>{categoryName(c, lang)}</li>
          ))}
        </ul>
      )}
      {e.contacts.length > 0 && (
        <p class="contacts">
          {t('contacts', lang)}:{' '}
          <BdiList items={[...new Set(e.contacts.map((c) => c.value))]} class="contact" />
        </p>
      )}
      <details>
        <summary>{lang === 'nb' ? 'Annonsetekst' : 'Ad text'}</summary>
        <p class="snapshot" dir="auto">
          {showBidiControls(e.text)}
        </p>
      </details>
      <div class="note-row">
        <label for={noteId}>{t('note', lang)}</label>
        <textarea
          id={noteId}
          rows={2}
          maxLength={5000}
          dir="auto"
          value={note}
          onInput={(ev) => setNote(ev.currentTarget.value)}
        />
        <div class="row">
          <button type="button" onClick={save} disabled={note === e.note}>
            {t('saveNote', lang)}
          </button>
          {/* Two steps inline: window.confirm() is not available in Chrome's side panel. */}
          {confirming ? (
            <>
              <button type="button" class="danger" onClick={() => onDelete(e.id)}>
                {t('confirmDelete', lang)}
              </button>
              <button type="button" class="secondary" onClick={() => setConfirming(false)}>
                {t('cancel', lang)}
              </button>
            </>
          ) : (
            <button type="button" class="danger" onClick={() => setConfirming(true)}>
              {t('delete', lang)}
            </button>
          )}
          <span role="status" class="muted">
            {status}
          </span>
        </div>
      </div>
    </article>
  );
}
