import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { cardsForCategories } from '../cards/category-cards';
import type { Card, CardLang } from '../cards/types';
import { CardPopover } from '../components/CardPopover';
import { IndicatorList } from '../components/IndicatorList';
import { LevelBadge } from '../components/LevelBadge';
import type { Category, Finding, Level } from '../indicators/types';
import type { SaveReply } from '../messaging/protocol';
import { isTrusted } from './badge-host';
import { CardList } from './CardList';
import { subHeadingAfter } from './heading-level';
import { ct } from './strings';

export type AdBadgeProps = {
  level: Level;
  findings: Finding[];
  lang: CardLang;
  loadCards: (ids: string[], lang: CardLang) => Promise<Card[]>;
  onSave: () => Promise<SaveReply>;
  /** Only the first SCAN_LIMIT characters were scanned (the engine's size policy). */
  truncated?: boolean;
  /** Only the user's own clicks and keys act (a page script's synthetic ones do nothing). */
  trusted?: (e: Event) => boolean;
};

/** Categories by total weight, strongest first (the badge names them in this order). */
export function rankCategories(findings: readonly Finding[]): Category[] {
  const sum = new Map<Category, number>();
  for (const f of findings) sum.set(f.category, (sum.get(f.category) ?? 0) + f.weight);
  return [...sum].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

type Status =
  { kind: 'idle' | 'saving' | 'saved' | 'savedCut' } | { kind: 'failed'; error: string };

function failure(lang: CardLang, reply: { error: string; retryMs?: number }): string {
  if (reply.retryMs === undefined) return `${ct(lang, 'saveFailed')}: ${reply.error}`;
  return ct(lang, 'saveLimited').replace(
    '{s}',
    String(Math.max(1, Math.ceil(reply.retryMs / 1000))),
  );
}

/** One ad's badge and its popover: the matched words, the cards, and "Save to log". */
export function AdBadge({
  level,
  findings,
  lang,
  loadCards,
  onSave,
  trusted = isTrusted,
  truncated,
}: AdBadgeProps) {
  const [open, setOpen] = useState(false);
  const [cards, setCards] = useState<Card[] | 'failed' | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const badge = useRef<HTMLSpanElement>(null);
  const categories = rankCategories(findings);

  const toggle = (e: Event) => {
    if (!trusted(e)) return;
    setOpen(!open);
    if (!open && cards === null) {
      loadCards(cardsForCategories(categories), lang).then(setCards, () => setCards('failed'));
    }
  };
  const save = async (e: Event) => {
    if (!trusted(e)) return;
    setStatus({ kind: 'saving' });
    const reply = await onSave().catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    setStatus(
      reply.ok
        ? { kind: reply.entry.truncated ? 'savedCut' : 'saved' }
        : { kind: 'failed', error: failure(lang, reply) },
    );
  };

  // Lift the dialog into the top layer: no host z-index, transform or overflow can hide it.
  useLayoutEffect(() => {
    const dialog = badge.current?.parentNode?.querySelector<HTMLElement>('.lykt-popover');
    if (!open || !dialog || typeof dialog.showPopover !== 'function') return;
    dialog.setAttribute('popover', 'manual');
    if (!dialog.matches(':popover-open')) dialog.showPopover();
  });

  const anchor = badge.current?.querySelector('button') ?? null;
  return (
    <>
      <span ref={badge} class="lykt-badge-wrap">
        <LevelBadge
          level={level}
          count={categories.length}
          categories={categories}
          lang={lang}
          expanded={open}
          onActivate={toggle}
        />
      </span>
      <CardPopover
        anchor={anchor}
        open={open}
        onClose={() => setOpen(false)}
        label={ct(lang, 'dialog')}
        lang={lang}
      >
        <p class="lykt-reminder">{ct(lang, 'reminder')}</p>
        {truncated && <p class="lykt-truncated">{ct(lang, 'truncated')}</p>}
        <IndicatorList findings={findings} lang={lang} />
        {cards === null && <p role="status">{ct(lang, 'loading')}</p>}
        {cards === 'failed' && <p role="status">{ct(lang, 'cardsFailed')}</p>}
        {Array.isArray(cards) && (
          <CardList cards={cards} lang={lang} sub={subHeadingAfter(badge.current)} />
        )}
        <p class="lykt-save-row">
          <button
            type="button"
            class="lykt-save"
            disabled={status.kind === 'saving'}
            onClick={(e) => void save(e)}
          >
            {ct(lang, 'save')}
          </button>{' '}
          <span role="status" class="lykt-save-status">
            {status.kind === 'saving' && ct(lang, 'saving')}
            {status.kind === 'saved' && ct(lang, 'saved')}
            {status.kind === 'savedCut' && ct(lang, 'savedCut')}
            {status.kind === 'failed' && status.error}
          </span>
        </p>
      </CardPopover>
    </>
  );
}
