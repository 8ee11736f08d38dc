import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CardLang } from '../cards/types';
import type { InvestigateReply, InvestigationList } from '../messaging/protocol';
import { isolate } from '../log/bidi';
import { ct } from './strings';

export type InvestigateFormProps = {
  lang: CardLang;
  /** The investigations in the log and the last one used (offered first). */
  load?: () => Promise<InvestigationList>;
  /** Called on the form's submit event (the caller checks it is the user's). */
  onSubmit: (e: Event, name: string) => void;
};

/** What an "Add to investigation" did, in one sentence. */
export function investigated(lang: CardLang, r: Extract<InvestigateReply, { ok: true }>): string {
  const key =
    r.added.length || r.merged.length ? 'investAdded' : r.already ? 'investAlready' : 'investFull';
  return ct(lang, key).replace('{n}', isolate(r.name));
}

/** The popover's name field: existing investigations offered, the last one used filled in. */
export function InvestigateForm({ lang, load, onSubmit }: InvestigateFormProps) {
  const [name, setName] = useState('');
  const [names, setNames] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  // Before paint: the user's first key lands in the field.
  useLayoutEffect(() => {
    input.current?.focus();
    load?.()
      .then((l) => {
        setNames(l.names);
        if (l.last) setName((v) => v || l.last!);
      })
      .catch(() => undefined);
  }, []);
  return (
    <form
      class="lykt-actions lykt-invest"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(e, name);
      }}
    >
      <label for="lykt-in">{ct(lang, 'investName')}</label>
      <input
        ref={input}
        id="lykt-in"
        list="lykt-il"
        maxLength={80}
        required
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <datalist id="lykt-il">
        {names.map((n) => (
          <option value={n} />
        ))}
      </datalist>
      <button type="submit" class="lykt-save">
        {ct(lang, 'investAdd')}
      </button>
    </form>
  );
}
