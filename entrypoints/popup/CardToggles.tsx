import { useState } from 'preact/hooks';
import { getCard } from '../../cards/index';
import { InfoCard } from '../../components/InfoCard';
import type { UiLang } from '../../settings/i18n';

export interface CardTogglesProps {
  lang: UiLang;
}

const IDS = ['what-indicators-mean', 'get-help'] as const;

/** The two cards a popup user most needs, each one click away (disclosure buttons). */
export function CardToggles({ lang }: CardTogglesProps) {
  const [open, setOpen] = useState<string | null>(null);
  const cards = IDS.map((id) => getCard(id, lang)).filter((c) => c !== undefined);
  return (
    <div class="card-toggles">
      <div class="row">
        {cards.map((c) => (
          <button
            type="button"
            key={c.id}
            class="secondary"
            aria-expanded={open === c.id}
            aria-controls={`card-${c.id}`}
            onClick={() => setOpen(open === c.id ? null : c.id)}
          >
            {c.title}
          </button>
        ))}
      </div>
      {cards.map((c) => (
        <div id={`card-${c.id}`} key={c.id} hidden={open !== c.id} class="card-slot">
          {open === c.id && <InfoCard card={c} headingLevel={3} />}
        </div>
      ))}
    </div>
  );
}
