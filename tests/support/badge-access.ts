/**
 * Lykt's badges from a test: they live in closed shadow roots that no page script (and no
 * Playwright locator) can reach, and act only on trusted input. So a test finds them over CDP
 * (`DOM.getDocument` with `pierce`, which includes closed roots), reads them in a fresh CDP
 * isolated world (the page's own, possibly poisoned, builtins play no part and the page never
 * sees the roots), and presses them with Playwright's mouse and keyboard, which are trusted.
 *
 *   badgeCount / badgeLabels      what badges there are; eachBadge maps over all of them
 *   openBadge(page, i, via)       click (or focus + Enter) badge i, in document order
 *   readPopover(page, i)          badge i's state: label, expanded, dialog text, save status…
 *   clickSave(page, i)            press "Save to log" in badge i's open popover
 *   findBadge(page, scope)        the index of the first badge inside a page selector
 *   inBadge(page, i, fn, arg)     any read of badge i's root; axeBadge(page, i) runs axe-core
 *
 * "Badges" are the ads at the badge level or above; the small markers on lower ads are left out
 * unless a call asks for them (`markers: true` in find; markerCount).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { BadgeDriver } from './badge-checks';
import { centreIn, labelIn, popoverIn, type PopoverState } from './badge-reads';

export type { PopoverState };

type DomNode = {
  backendNodeId: number;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
};
type Remote = { result: { objectId?: string; value?: unknown }; exceptionDetails?: unknown };

/** A page's badges: a CDP session and one handle per closed root, in an isolated world. */
interface Found {
  cdp: CDPSession;
  world: number;
  roots: string[];
}

const isLyktRoot = (n: DomNode) =>
  n.localName === 'span' && n.attributes?.[n.attributes.indexOf('class') + 1] === 'lykt-root';

const hasMarker = (n: DomNode): boolean =>
  /\blykt-marker\b/.test(n.attributes?.[n.attributes.indexOf('class') + 1] ?? '') ||
  (n.children ?? []).some(hasMarker);

/**
 * Backend ids of every shadow root whose content is Lykt's badge (or marker, when asked). Open
 * or closed, on any host: tests assert the root's mode and host themselves.
 */
function closedBadgeRoots(doc: DomNode, kind: 'badges' | 'markers' | 'all'): number[] {
  const out: number[] = [];
  const stack = [doc];
  while (stack.length) {
    const n = stack.pop()!;
    for (const sr of n.shadowRoots ?? []) {
      const marker = sr.children?.some(isLyktRoot) ? hasMarker(sr) : null;
      if (marker !== null && (kind === 'all' || marker === (kind === 'markers')))
        out.push(sr.backendNodeId);
      stack.push(sr);
    }
    // Reversed, so the stack pops children in document order.
    for (const c of [...(n.children ?? [])].reverse()) stack.push(c);
  }
  return out;
}

async function find(page: Page, kind: 'badges' | 'markers' | 'all' = 'badges'): Promise<Found> {
  // A badge may be replaced between the tree read and its resolve (an ad scanned again on a
  // page that keeps changing): read the tree again, a few times.
  for (let attempt = 1; ; attempt++) {
    const cdp = await page.context().newCDPSession(page);
    try {
      return await findIn(cdp, kind);
    } catch (e) {
      await cdp.detach().catch(() => undefined);
      if (attempt >= 3 || !/No node with given id/.test(String(e))) throw e;
    }
  }
}

async function findIn(cdp: CDPSession, kind: 'badges' | 'markers' | 'all'): Promise<Found> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as {
    frameTree: { frame: { id: string } };
  };
  const { executionContextId: world } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'lykt-test-badges',
  });
  const roots: string[] = [];
  for (const backendNodeId of closedBadgeRoots(root, kind)) {
    const r = await cdp.send('DOM.resolveNode', { backendNodeId, executionContextId: world });
    roots.push(r.object.objectId!);
  }
  // Stop DOM tracking: the handles above are runtime objects and stay valid.
  await cdp.send('DOM.disable');
  return { cdp, world, roots };
}

async function call<T>(f: Found, objectId: string, body: string, arg?: unknown): Promise<T> {
  const r = (await f.cdp.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: body,
    arguments: [{ value: arg ?? null }],
    returnByValue: true,
    awaitPromise: true,
  })) as Remote;
  if (r.exceptionDetails) throw new Error(`in badge: ${JSON.stringify(r.exceptionDetails)}`);
  return r.result.value as T;
}

/** Badge i in document order, or marker i (`{ marker: i }`). */
export type BadgeRef = number | { marker: number };

async function withBadge<T>(
  page: Page,
  ref: BadgeRef,
  use: (f: Found, root: string) => Promise<T>,
) {
  const i = typeof ref === 'number' ? ref : ref.marker;
  const f = await find(page, typeof ref === 'number' ? 'badges' : 'markers');
  try {
    const root = f.roots[i];
    if (!root) throw new Error(`no badge ${i}: the page has ${f.roots.length}`);
    return await use(f, root);
  } finally {
    await f.cdp.detach();
  }
}

export async function badgeCount(page: Page): Promise<number> {
  const f = await find(page);
  await f.cdp.detach();
  return f.roots.length;
}

/** The small markers on ads below the badge level. */
export async function markerCount(page: Page): Promise<number> {
  const f = await find(page, 'markers');
  await f.cdp.detach();
  return f.roots.length;
}

/** Runs `fn(root, arg)` on badge i's closed root in an isolated world; returns its value. */
export function inBadge<T, A = null>(
  page: Page,
  i: BadgeRef,
  fn: (root: ShadowRoot, arg: A) => T | Promise<T>,
  arg?: A,
): Promise<T> {
  return withBadge(page, i, (f, root) =>
    call<T>(f, root, `function (a) { return (${fn.toString()})(this, a); }`, arg),
  );
}

/** The index of the first badge whose host sits inside `scope` (a page selector); -1 if none. */
export async function findBadge(page: Page, scope: string): Promise<number> {
  const f = await find(page);
  try {
    // A badge in Lykt's layer belongs where its owner (`aria-owns`) is.
    const body = `function (s) { const h = this.host;
      const owner = h.id ? document.querySelector('[aria-owns~="' + CSS.escape(h.id) + '"]') : null;
      return h.closest(s) !== null || (owner !== null && owner.closest(s) !== null); }`;
    for (let i = 0; i < f.roots.length; i++) if (await call(f, f.roots[i]!, body, scope)) return i;
    return -1;
  } finally {
    await f.cdp.detach();
  }
}

/** Runs `fn(root)` on every badge's closed root, in document order. */
export async function eachBadge<T>(page: Page, fn: (root: ShadowRoot) => T): Promise<T[]> {
  const f = await find(page);
  try {
    const body = `function () { return (${fn.toString()})(this); }`;
    const out: T[] = [];
    for (const root of f.roots) out.push(await call<T>(f, root, body));
    return out;
  } finally {
    await f.cdp.detach();
  }
}

/** Every badge's accessible name (its button's aria-label), in document order. */
export const badgeLabels = (page: Page) => eachBadge(page, labelIn);

/** The centre of `selector` in badge i, scrolled into view (viewport CSS pixels). */
const centre = (page: Page, i: BadgeRef, selector: string) => inBadge(page, i, centreIn, selector);

/** `selector`'s centre inside badge i once it is there, polled for up to `ms`; else null. */
async function waitCentre(page: Page, i: BadgeRef, selector: string, ms: number) {
  let at = await centre(page, i, selector);
  for (const t0 = Date.now(); !at && Date.now() - t0 < ms; at = await centre(page, i, selector))
    await new Promise((r) => setTimeout(r, 50));
  return at;
}

/** A trusted mouse click on `selector` inside badge i. */
export async function clickIn(page: Page, i: BadgeRef, selector: string): Promise<void> {
  // The popover's code loads on a badge's first use: give its parts up to 15 s to appear (5 s was
  // once too short for the privacy test's save button on a loaded CI machine, both browsers up).
  const at = await waitCentre(page, i, selector, 15_000);
  if (!at) throw new Error(`badge ${i} has no ${selector}`);
  await page.mouse.click(at.x, at.y);
}

/** Opens badge i with a trusted click, or by focusing its button and pressing Enter. */
export async function openBadge(
  page: Page,
  i: BadgeRef = 0,
  via: 'mouse' | 'keyboard' = 'mouse',
): Promise<void> {
  if (via === 'mouse') await clickIn(page, i, 'button.lykt-badge');
  else {
    await withBadge(page, i, async (f, root) => {
      const button = (await f.cdp.send('Runtime.callFunctionOn', {
        objectId: root,
        functionDeclaration: `function () { return this.querySelector('button.lykt-badge'); }`,
      })) as Remote;
      await f.cdp.send('DOM.focus', { objectId: button.result.objectId! });
    });
    await page.keyboard.press('Enter');
  }
}

/**
 * Opens badge i's popover with trusted clicks until its button says it is open: a click aimed
 * just before the page moved (badges still going in on a loaded CI machine) lands beside it.
 */
export async function openPopover(page: Page, i: BadgeRef = 0): Promise<void> {
  for (let n = 0; n < 3; n++) {
    await openBadge(page, i);
    if (await waitCentre(page, i, 'button.lykt-badge[aria-expanded="true"]', 10_000)) return;
  }
  throw new Error(`badge ${i} did not open its popover after three clicks`);
}

export const readPopover = (page: Page, i: BadgeRef = 0): Promise<PopoverState> =>
  inBadge(page, i, popoverIn);

/** Presses "Save to log" in badge i's open popover with a trusted click. */
export const clickSave = (page: Page, i: BadgeRef = 0) =>
  clickIn(page, i, '[role="dialog"] button.lykt-save');

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
export interface AxeViolation {
  id: string;
  impact: string;
  targets: string[];
}

/**
 * axe-core over badge i's open popover. axe walks `host.shadowRoot`, which a closed root hides,
 * so inside the test's isolated world only, the host is given a getter for its root.
 */
export function axeBadge(page: Page, i: BadgeRef = 0): Promise<AxeViolation[]> {
  return withBadge(page, i, async (f, root) => {
    await f.cdp.send('Runtime.evaluate', { expression: AXE, contextId: f.world });
    return call<AxeViolation[]>(
      f,
      root,
      `async function () {
        const root = this;
        Object.defineProperty(root.host, 'shadowRoot', { get: () => root, configurable: true });
        const r = await axe.run(root.querySelector('[role="dialog"]'), { resultTypes: ['violations'] });
        // Proof that axe saw inside the closed root: the dialog's buttons were checked.
        if (!r.passes.some((p) => p.id === 'button-name')) throw new Error('axe saw no button');
        return r.violations.map((v) => ({ id: v.id, impact: v.impact,
          targets: v.nodes.map((n) => n.target.join(' ')) }));
      }`,
    );
  });
}

/** The shared badge checks' driver (badge-checks.ts) for a Chromium page. */
export const chromiumBadges = (page: Page): BadgeDriver => ({
  openBadge: (i, via) => openBadge(page, i, via),
  readPopover: (i) => readPopover(page, i),
  clickSave: (i) => clickSave(page, i),
  press: (key) => page.keyboard.press(key),
});
