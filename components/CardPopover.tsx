import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { CardLang } from '../cards/types';
import { t } from './i18n';
import { placeNear } from './place';

export type CardPopoverProps = {
  anchor: HTMLElement | null;
  open: boolean;
  onClose: () => void;
  /** Accessible name of the dialog. */
  label: string;
  lang: CardLang;
  /** What the popover must not cover (the words it explains), in viewport coordinates. */
  avoid?: () => DOMRect[];
  /**
   * The anchor's CSS `anchor-name`: where the browser has anchor positioning, the popover is
   * tied to the anchor in CSS and follows it while the page scrolls with no script at all.
   */
  anchorName?: string;
  children?: ComponentChildren;
};

const anchored = (name?: string) =>
  !!name && typeof CSS !== 'undefined' && CSS.supports?.('top', 'anchor(top)') === true;

const FOCUSABLE =
  'a[href],button:not([disabled]),input,select,textarea,[tabindex]:not([tabindex="-1"])';

/** True when the event happened inside `el` (works across open shadow roots; closed ones count as inside). */
function isInside(event: Event, el: Element): boolean {
  const path = event.composedPath();
  if (path.includes(el)) return true;
  const root = el.getRootNode();
  return root instanceof ShadowRoot && root.mode === 'closed' && path.includes(root.host);
}

/** A focus-trapping dialog next to its anchor; Escape, the close button and outside clicks close it. */
export function CardPopover({
  anchor,
  open,
  onClose,
  label,
  lang,
  avoid,
  anchorName,
  children,
}: CardPopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  /** The placement relative to the anchor, kept while the page scrolls. */
  const offset = useRef({ dx: 0, dy: 0 });
  const close = useRef(onClose);
  close.current = onClose;
  const closeAndReturn = () => {
    close.current();
    anchor?.focus();
  };
  const closeRef = useRef(closeAndReturn);
  closeRef.current = closeAndReturn;

  // Placement is written straight to the element before paint: no state, no extra render.
  const update = () => {
    const dialog = ref.current;
    if (!dialog || !anchor) return;
    const p = placeNear(anchor, dialog, avoid?.() ?? []);
    const a = anchor.getBoundingClientRect();
    offset.current = { dx: p.left - a.left, dy: p.top - a.top };
    dialog.style.maxHeight = `${p.maxHeight}px`;
    dialog.dataset.side = p.side;
    follow();
  };
  // Scrolling keeps the side chosen at open: the popover moves with its badge.
  const follow = () => {
    const dialog = ref.current;
    if (!dialog || !anchor) return;
    const { dx, dy } = offset.current;
    if (anchored(anchorName)) {
      dialog.style.setProperty('position-anchor', anchorName!);
      dialog.style.top = `calc(anchor(top) + ${dy}px)`;
      dialog.style.left = `calc(anchor(left) + ${dx}px)`;
      return;
    }
    const a = anchor.getBoundingClientRect();
    dialog.style.top = `${a.top + dy}px`;
    dialog.style.left = `${a.left + dx}px`;
  };
  let frame = 0;
  const onScroll = () => {
    if (anchored(anchorName) || frame) return;
    frame = requestAnimationFrame(() => ((frame = 0), follow()));
  };

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    update();
    dialog.focus();
    const onPointerDown = (e: Event) => {
      if (!isInside(e, dialog) && !(anchor && isInside(e, anchor))) close.current();
    };
    // On the document so Escape also works while focus is still on the anchor.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      closeRef.current();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onKey, true);
    window.addEventListener('resize', update);
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onKey, true);
      window.removeEventListener('resize', update);
      window.removeEventListener('scroll', onScroll, true);
      cancelAnimationFrame(frame);
    };
  }, [open, anchor]);

  // Children may change size after the first layout (e.g. switching tabs).
  useEffect(() => {
    if (open) update();
  });

  if (!open) return null;

  const onKeyDown = (e: KeyboardEvent) => {
    const dialog = ref.current;
    if (!dialog) return;
    if (e.key === 'Tab') {
      const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return e.preventDefault();
      if (e.shiftKey && (active === first || active === dialog)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && active === last) {
        e.preventDefault();
        first.focus();
      }
    }
  };

  return (
    <div
      ref={ref}
      class="lykt-popover"
      role="dialog"
      aria-modal="true"
      aria-label={label}
      lang={lang}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        class="lykt-popover-close"
        aria-label={t(lang, 'close')}
        onClick={closeAndReturn}
      >
        <span aria-hidden="true">×</span>
      </button>
      {children}
    </div>
  );
}
