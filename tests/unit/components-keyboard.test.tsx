import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { allCards } from '../../cards/index';
import { CardPopover } from '../../components/CardPopover';
import { CardTabs } from '../../components/CardTabs';
import { LevelBadge } from '../../components/LevelBadge';

let root: HTMLElement;
function mount(vnode: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return root;
}
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});
const key = (el: Element, k: string, shiftKey = false) =>
  act(() => {
    el.dispatchEvent(
      new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true }),
    );
  });
const active = () => document.activeElement;

/** A badge that opens a popover, as the content script and widget wire them. */
function Harness() {
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLButtonElement | null>(null);
  return (
    <div>
      <span
        ref={(el) => {
          anchor.current = el?.querySelector('button') ?? null;
        }}
      >
        <LevelBadge
          level="high"
          words={2}
          categories={['youth']}
          lang="en"
          expanded={open}
          onActivate={() => setOpen(!open)}
        />
      </span>
      <p id="outside">Outside</p>
      <CardPopover
        anchor={anchor.current}
        open={open}
        onClose={() => setOpen(false)}
        label="Lykt"
        lang="en"
      >
        <a href="https://example.org">first link</a>
        <button type="button">last</button>
      </CardPopover>
    </div>
  );
}

describe('CardPopover', () => {
  function openIt() {
    const el = mount(<Harness />);
    const badge = el.querySelector<HTMLButtonElement>('.lykt-badge')!;
    badge.focus();
    act(() => badge.click());
    const dialog = el.querySelector<HTMLElement>('[role=dialog]')!;
    return { el, badge, dialog };
  }

  it('opens as a named, modal dialog with focus inside', () => {
    const { badge, dialog } = openIt();
    expect(dialog.getAttribute('aria-label')).toBe('Lykt');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(active()).toBe(dialog);
  });

  it('closes on Escape and returns focus to the anchor', () => {
    const { el, badge, dialog } = openIt();
    key(dialog, 'Escape');
    expect(el.querySelector('[role=dialog]')).toBeNull();
    expect(active()).toBe(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes from its close button and returns focus', () => {
    const { el, badge } = openIt();
    act(() => el.querySelector<HTMLButtonElement>('.lykt-popover-close')!.click());
    expect(el.querySelector('[role=dialog]')).toBeNull();
    expect(active()).toBe(badge);
  });

  it('traps Tab inside the dialog, both ways', () => {
    const { dialog } = openIt();
    const close = dialog.querySelector<HTMLElement>('.lykt-popover-close')!;
    const last = dialog.querySelector<HTMLElement>('button:last-of-type')!;
    last.focus();
    key(last, 'Tab');
    expect(active()).toBe(close);
    key(close, 'Tab', true);
    expect(active()).toBe(last);
  });

  it('closes on a click outside, not on a click inside', () => {
    const { el, dialog } = openIt();
    act(() => {
      dialog
        .querySelector('a')!
        .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    });
    expect(el.querySelector('[role=dialog]')).not.toBeNull();
    act(() => {
      el.querySelector('#outside')!.dispatchEvent(
        new PointerEvent('pointerdown', { bubbles: true, composed: true }),
      );
    });
    expect(el.querySelector('[role=dialog]')).toBeNull();
  });
});

describe('CardTabs', () => {
  const cards = allCards('nb').slice(0, 3);

  it('moves between tabs with arrow keys, Home and End', () => {
    const el = mount(<CardTabs cards={cards} lang="nb" />);
    const tabs = [...el.querySelectorAll<HTMLElement>('[role=tab]')];
    const panel = el.querySelector('[role=tabpanel]')!;
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    tabs[0]!.focus();
    key(tabs[0]!, 'ArrowRight');
    expect(active()).toBe(tabs[1]);
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('true');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[1]!.id);
    expect(panel.querySelector('h3')!.textContent).toBe(cards[1]!.title);
    key(tabs[1]!, 'End');
    expect(active()).toBe(tabs[2]);
    key(tabs[2]!, 'ArrowRight');
    expect(active()).toBe(tabs[0]);
    key(tabs[0]!, 'ArrowLeft');
    expect(active()).toBe(tabs[2]);
    key(tabs[2]!, 'Home');
    expect(active()).toBe(tabs[0]);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  });

  it('shows a lone card without tabs', () => {
    const el = mount(<CardTabs cards={cards.slice(0, 1)} lang="nb" />);
    expect(el.querySelector('[role=tablist]')).toBeNull();
    expect(el.querySelector('article h3')!.textContent).toBe(cards[0]!.title);
  });
});
