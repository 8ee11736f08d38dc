/**
 * Issue 19.14: what a badge commit may write, and when Lykt writes into the page's nodes at all.
 * A commit puts at most its batch of badges in, and no more than fit its task's end; levels go
 * in only inside a write tick (the commit's task), after its reads.
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

  it('never land between a frame and a badge commit’s reads', async () => {
    // What happened, in order: frames (rAF callbacks), level writes, and commits' read phases.
    const events: ('frame' | 'level' | 'read')[] = [];
    const raf = globalThis.requestAnimationFrame;
    vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation((cb) =>
      raf((t) => (events.push('frame'), cb(t))),
    );
    const set = Element.prototype.setAttribute;
    vi.spyOn(Element.prototype, 'setAttribute').mockImplementation(function (
      this: Element,
      name: string,
      value: string,
    ) {
      if (name === 'data-lykt-level') events.push('level');
      return set.call(this, name, value);
    });
    const { controller, view } = setup();
    ctl = controller;
    const commit = view.commit.bind(view);
    vi.spyOn(view, 'commit').mockImplementation(
      (...args) => (events.push('read'), commit(...args)),
    );
    await until(() => marked() === 40);
    // Every ad at low and above has its badge (or marker), and none waits for a commit.
    const badged = () =>
      document.querySelectorAll('article.listing:not([data-lykt-level="none"])').length;
    await until(() => view.size === badged() && view.waiting === 0);
    expect(events.filter((e) => e === 'read').length).toBeGreaterThan(0);
    expect(events.filter((e) => e === 'level').length).toBeGreaterThanOrEqual(40);
    // Since each commit's last frame: no level written before its reads.
    const bad = events.flatMap((e, i) => {
      if (e !== 'read') return [];
      const frame = events.lastIndexOf('frame', i);
      return events.slice(frame + 1, i).filter((x) => x === 'level');
    });
    expect(bad).toEqual([]);
  });

  it('go in only inside a write tick on a big page, with the badges (one repaint per tick)', async () => {
    // A tick is one task: its badge commit, levels and highlight changes run synchronously, so
    // "inside" ends at the next microtask checkpoint.
    let inTick = false;
    const outside: string[] = [];
    const set = Element.prototype.setAttribute;
    vi.spyOn(Element.prototype, 'setAttribute').mockImplementation(function (
      this: Element,
      name: string,
      value: string,
    ) {
      if (name === 'data-lykt-level' && !inTick) outside.push(value);
      return set.call(this, name, value);
    });
    // 40 ads stand in for a big page (WRITES_IN_TICKS_FROM: 2,000 by default).
    const { controller, view } = setup(undefined, undefined, undefined, undefined, {
      writesInTicksFrom: 0,
    });
    ctl = controller;
    const commit = view.commit.bind(view);
    vi.spyOn(view, 'commit').mockImplementation((...args) => {
      inTick = true;
      queueMicrotask(() => (inTick = false));
      return commit(...args);
    });
    await until(() => marked() === 40);
    expect(outside).toEqual([]);
  });

  it('no slice reads the page between a write tick and its frame', async () => {
    // A read of what is drawn there would compute the tick's new badges' style inside Lykt's
    // task (seventh round). Ads keep coming, so reads and ticks interleave.
    const events: ('frame' | 'tick' | 'read')[] = [];
    // Frames 20 ms apart, so slices have room to run between a tick and its frame.
    vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(
      (cb) =>
        setTimeout(() => (events.push('frame'), cb(performance.now())), 20) as unknown as number,
    );
    const { controller, view } = setup(undefined, undefined, undefined, undefined, {
      writesInTicksFrom: 0,
    });
    ctl = controller;
    const commit = view.commit.bind(view);
    vi.spyOn(view, 'commit').mockImplementation(
      (...args) => (events.push('tick'), commit(...args)),
    );
    const read = controller.scanner.read.bind(controller.scanner);
    vi.spyOn(controller.scanner, 'read').mockImplementation(
      (...args) => (events.push('read'), read(...args)),
    );
    await until(() => marked() === 40);
    const list = document.querySelector('#listings')!;
    const more = [...list.children].map((el) => el.cloneNode(true) as Element);
    for (const [i, el] of more.entries()) {
      el.setAttribute('data-ad-id', `more-${i}`);
      list.append(el);
      if (i % 4 === 3) await new Promise((r) => setTimeout(r, 5));
    }
    await until(() => marked() === 80);
    // Reads went on after the first tick (else there is nothing to check).
    expect(events.lastIndexOf('read')).toBeGreaterThan(events.indexOf('tick'));
    expect(events.indexOf('tick')).toBeGreaterThanOrEqual(0);
    // Between a tick and the next frame: no read.
    const bad = events.flatMap((e, i) => {
      if (e !== 'read') return [];
      const tick = events.lastIndexOf('tick', i);
      return tick >= 0 && events.lastIndexOf('frame', i) < tick ? [i] : [];
    });
    expect(bad).toEqual([]);
  });

  it('a stopped controller asks for no more frames after a commit', async () => {
    // Frames run only when the test says so, so one can be left pending across destroy().
    const pending: FrameRequestCallback[] = [];
    const raf = vi
      .spyOn(globalThis, 'requestAnimationFrame')
      .mockImplementation((cb) => pending.push(cb));
    const { controller, view } = setup(undefined, undefined, undefined, undefined, {
      writesInTicksFrom: 0,
    });
    ctl = controller;
    const commit = vi.spyOn(view, 'commit');
    // Run frames until a commit has happened and its frame callback waits.
    for (let i = 0; i < 400 && commit.mock.calls.length === 0; i++) {
      pending.splice(0).forEach((cb) => cb(performance.now()));
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(commit).toHaveBeenCalled();
    await until(() => pending.length > 0);
    controller.destroy();
    const before = raf.mock.calls.length;
    pending.splice(0).forEach((cb) => cb(performance.now()));
    expect(raf.mock.calls.length).toBe(before);
  });
});
