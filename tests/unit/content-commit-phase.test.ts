/**
 * Issue 19.14: what a badge commit may write, and when Lykt writes into the page's nodes at all.
 * A commit puts at most its batch of badges in, and no more than fit its task's end; slices
 * write no `data-lykt-level`: the levels go in a frame's rAF callbacks.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Controller } from '../../content/controller';
import { extractText } from '../../content/text';
import type { AdState } from '../../content/scanner';
import { createEngine } from '../../indicators';
import { badges, marked, setup, until } from './content-setup';

const engine = createEngine({ langs: ['en'] });

/** `n` flagged ads, each with its title link, and their scanned states. */
function ads(n: number): AdState[] {
  document.body.innerHTML = Array.from(
    { length: n },
    (_, i) =>
      `<article><div class="t"><h2><a href="/${i}">Ad ${i}</a></h2></div><p>Young new girls every week, happy ending, 24/7</p></article>`,
  ).join('');
  return [...document.querySelectorAll('article')].map((el) => {
    const target = { el, title: el.querySelector('h2'), roots: [el] };
    const map = extractText(target.roots);
    const base = engine.scan({ text: map.text });
    return { target, map, base, result: base };
  });
}

/** The ads whose badge is in the page. */
const placed = (states: AdState[], view: ReturnType<typeof badges>) =>
  states.filter((s) => view.rootOf(s.target.el)?.host.isConnected);

describe('badge commits (issue 19.14)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('put at most their batch in, and complete every badge, each owned once', () => {
    const states = ads(25);
    const view = badges();
    for (const s of states) view.show(s);
    expect(view.waiting).toBe(25);
    expect(placed(states, view)).toHaveLength(0);
    for (const [n, total] of [
      [10, 10],
      [10, 20],
      [5, 25],
    ] as const) {
      expect(view.commit(10)).toBe(n);
      expect(placed(states, view)).toHaveLength(total);
    }
    expect(view.waiting).toBe(0);
    // Each title's parent owns its ad's badge, once: screen readers meet every badge once.
    const ids = states.map((s) => view.rootOf(s.target.el)!.host.id);
    expect(new Set(ids).size).toBe(25);
    for (const [i, s] of states.entries()) {
      const owns = s.target.el.querySelector('a')!.parentElement!.getAttribute('aria-owns');
      expect(owns?.split(' ')).toEqual([ids[i]]);
    }
    view.destroy();
  });

  it('stop reading when their writes would pass the task’s end: one badge then, none lost', () => {
    const states = ads(5);
    const view = badges();
    for (const s of states) view.show(s);
    // A task end already passed: each commit still makes progress, one badge at a time.
    for (let i = 1; i <= 5; i++) {
      expect(view.commit(Infinity, Infinity, performance.now() - 1)).toBe(1);
      expect(placed(states, view)).toHaveLength(i);
    }
    expect(view.commit(Infinity, Infinity, performance.now() - 1)).toBe(0);
    view.destroy();
  });
});

describe('level writes (issue 19.14)', () => {
  let ctl: Controller | null = null;
  afterEach(() => {
    ctl?.destroy();
    vi.restoreAllMocks();
  });

  it('are made in a frame, never from a slice', async () => {
    const from: string[] = [];
    const set = Element.prototype.setAttribute;
    vi.spyOn(Element.prototype, 'setAttribute').mockImplementation(function (
      this: Element,
      name: string,
      value: string,
    ) {
      if (name === 'data-lykt-level') from.push(new Error().stack ?? '');
      return set.call(this, name, value);
    });
    const { controller } = setup();
    ctl = controller;
    await until(() => marked() === 40);
    expect(from.length).toBeGreaterThanOrEqual(40);
    // Each from the frame's level writer; none from a slice (it takes results, paints highlights).
    expect(from.filter((stack) => !stack.includes('writeLevels'))).toEqual([]);
    expect(from.filter((stack) => /takeResults|flush|Controller\.run/.test(stack))).toEqual([]);
  });
});
