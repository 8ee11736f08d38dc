import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { cardsForCategories } from '../cards/category-cards';
import type { CategoryNotes } from '../cards/category-info';
import type { Card, CardLang } from '../cards/types';
import { CardPopover } from '../components/CardPopover';
import { countWords, FoundWords } from '../components/FoundWords';
import { LevelBadge } from '../components/LevelBadge';
import { t } from '../components/i18n';
import type { Finding, Level } from '../indicators/types';
import type { InvestigateReply, InvestigationList, SaveReply } from '../messaging/protocol';
import { isTrusted } from './badge-host';
import { rankCategories } from './badge-rank';
import { CardList } from './CardList';
import { InvestigateForm, investigated } from './InvestigateForm';
import { subHeadingAfter } from './heading-level';
import { ct } from './strings';

/** What the badge's host can do to it from outside: open it (a highlighted word, a shortcut). */
export interface BadgeHandle {
  open?: () => void;
}

export type AdBadgeProps = {
  level: Level;
  findings: Finding[];
  /** The ad's title as the page shows it (text only). */
  title: string;
  lang: CardLang;
  /** A small marker for an ad below the badge level: same popover. */
  compact?: boolean;
  loadCards: (ids: string[], lang: CardLang) => Promise<Card[]>;
  /** Why each sign matters and what it cannot tell (from the background, with the cards). */
  loadNotes?: (lang: CardLang) => Promise<CategoryNotes>;
  onSave: () => Promise<SaveReply>;
  /** "Add to investigation" (content/InvestigateForm.tsx); absent: no such action. */
  onInvestigate?: (name: string) => Promise<InvestigateReply>;
  loadInvestigations?: () => Promise<InvestigationList>;
  /** "Not a concern here": this ad's badge goes away on this site. */
  onDismiss: () => Promise<void>;
  /** "“tantric” is fine on this site": the term goes away on this site. */
  onFine: (term: string) => Promise<void>;
  onOpenLog: () => Promise<void>;
  /** The rects of the highlighted words: the popover never covers them. */
  avoid?: () => DOMRect[];
  handle?: BadgeHandle;
  /** Only the first SCAN_LIMIT characters were scanned (the engine's size policy). */
  truncated?: boolean;
  /** Only the user's own clicks and keys act (a page script's synthetic ones do nothing). */
  trusted?: (e: Event) => boolean;
};

export { rankCategories };

type Status = { kind: 'idle' | 'saving' } | { kind: 'done'; text: string };

function failure(lang: CardLang, reply: { error: string; retryMs?: number }): string {
  if (reply.retryMs === undefined) return `${ct(lang, 'saveFailed')}: ${reply.error}`;
  return ct(lang, 'saveLimited').replace(
    '{s}',
    String(Math.max(1, Math.ceil(reply.retryMs / 1000))),
  );
}

/**
 * One ad's badge and its triage popover: title and level, the actions, the words found (each
 * sign opens to why it matters), then the cards, closed to their titles and one line.
 */
export function AdBadge(p: AdBadgeProps) {
  const { level, findings, lang, trusted = isTrusted } = p;
  const [open, setOpen] = useState(false);
  const [cards, setCards] = useState<Card[] | 'failed' | null>(null);
  const [notes, setNotes] = useState<CategoryNotes | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [naming, setNaming] = useState(false);
  const badge = useRef<HTMLSpanElement>(null);
  const categories = rankCategories(findings);

  const show = () => {
    setOpen(true);
    if (cards === null)
      p.loadCards(cardsForCategories(categories), lang).then(setCards, () => setCards('failed'));
    if (notes === null) p.loadNotes?.(lang).then(setNotes, () => undefined);
  };
  if (p.handle) p.handle.open = show;
  const toggle = (e: Event) => {
    if (!trusted(e)) return;
    if (open) setOpen(false);
    else show();
  };
  /** Runs a trusted action and shows its outcome in the status line. */
  const act = async (e: Event, run: () => Promise<string>) => {
    if (!trusted(e)) return;
    setStatus({ kind: 'saving' });
    const text = await run().catch((err: unknown) => `${ct(lang, 'saveFailed')}: ${String(err)}`);
    setStatus({ kind: 'done', text });
  };
  const save = () =>
    p
      .onSave()
      .then((r) => (r.ok ? ct(lang, r.entry.truncated ? 'savedCut' : 'saved') : failure(lang, r)))
      .catch((err: unknown) => failure(lang, { error: String(err) }));
  const investigate = (name: string) =>
    p.onInvestigate!(name).then((r) => (r.ok ? investigated(lang, r) : failure(lang, r)));

  // Lift the dialog into the top layer: no host z-index, transform or overflow can hide it.
  useLayoutEffect(() => {
    const dialog = badge.current?.parentNode?.querySelector<HTMLElement>('.lykt-popover');
    if (!open || !dialog || typeof dialog.showPopover !== 'function') return;
    dialog.setAttribute('popover', 'manual');
    if (!dialog.matches(':popover-open')) dialog.showPopover();
  });

  const anchor = badge.current?.querySelector('button') ?? null;
  const busy = status.kind === 'saving';
  return (
    <>
      <span ref={badge} class="lykt-badge-wrap">
        <LevelBadge
          level={level}
          words={countWords(findings)}
          categories={categories}
          lang={lang}
          compact={p.compact}
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
        avoid={p.avoid}
        anchorName="--lykt-badge"
      >
        <div class="lykt-head">
          <p class="lykt-level-line" style={`--lykt-level: var(--lykt-${level})`}>
            <span class="lykt-badge-dot" aria-hidden="true" />
            {t(lang, 'level')}: <strong>{t(lang, `level.${level}`)}</strong>
          </p>
          <p class="lykt-ad-title">
            <bdi>{p.title || ct(lang, 'untitled')}</bdi>
          </p>
        </div>
        <div class="lykt-actions" role="group" aria-label={ct(lang, 'actions')}>
          <button type="button" class="lykt-save" disabled={busy} onClick={(e) => act(e, save)}>
            {ct(lang, 'save')}
          </button>
          {p.onInvestigate && (
            <button
              type="button"
              class="lykt-act lykt-invest-open"
              aria-expanded={naming}
              onClick={(e) => trusted(e) && setNaming(!naming)}
            >
              {ct(lang, 'investigate')}
            </button>
          )}
          <button
            type="button"
            class="lykt-act lykt-dismiss"
            disabled={busy}
            onClick={(e) => act(e, () => p.onDismiss().then(() => ct(lang, 'notConcernDone')))}
          >
            {ct(lang, 'notConcern')}
          </button>
          <button
            type="button"
            class="lykt-act lykt-open-log"
            onClick={(e) => act(e, () => p.onOpenLog().then(() => ''))}
          >
            {ct(lang, 'openLog')}
          </button>
        </div>
        {naming && (
          <InvestigateForm
            lang={lang}
            load={p.loadInvestigations}
            onSubmit={(e, name) => void act(e, () => investigate(name))}
          />
        )}
        <p role="status" class="lykt-save-status">
          {status.kind === 'saving' && ct(lang, 'saving')}
          {status.kind === 'done' && status.text}
        </p>
        {p.truncated && <p class="lykt-truncated">{ct(lang, 'truncated')}</p>}
        <p class="lykt-section">{ct(lang, 'found')}</p>
        <FoundWords
          findings={findings}
          lang={lang}
          notes={notes}
          fineLabel={ct(lang, 'fineHere')}
          onFine={(e, term, word) =>
            void act(e, () => p.onFine(term).then(() => ct(lang, 'fineDone').replace('{w}', word)))
          }
        />
        <p class="lykt-reminder">{ct(lang, 'reminder')}</p>
        <p class="lykt-section">{ct(lang, 'cards')}</p>
        {cards === null && <p role="status">{ct(lang, 'loading')}</p>}
        {cards === 'failed' && <p role="status">{ct(lang, 'cardsFailed')}</p>}
        {Array.isArray(cards) && (
          <CardList cards={cards} lang={lang} sub={subHeadingAfter(badge.current)} />
        )}
      </CardPopover>
    </>
  );
}
