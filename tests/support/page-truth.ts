/**
 * Saved real pages and their truth (truth.jsonl: the ad records of a listing, or the ad body of a
 * detail page), the planted indicator sentence, and how marks are matched to the truth.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';

export interface Truth {
  file: string;
  site: string;
  kind: 'listing' | 'detail';
  selector: string;
  /** Promoted ads beside the regular run: marking them is right, missing them not counted. */
  also?: string;
}

/**
 * `also` for the shared pages (their truth.jsonl is not ours to change): backpage's sponsored
 * box ads are ads too (issue 13: "several runs on one page, promoted + regular ads").
 */
const PROMOTED: Record<string, string> = {
  'backpage-listing-1.html': 'div.sponsorBoxPlusImages',
};

/** Issue 13's sentence: planted inside 3 records of each listing and inside each detail body. */
export const PLANTED =
  'New girls every week, young and fresh. Call our driver to book, no condom extra.';

export function loadTruths(dir: string): Truth[] {
  return readFileSync(resolve(dir, 'truth.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Truth)
    .map((t) => (PROMOTED[t.file] && !t.also ? { ...t, also: PROMOTED[t.file] } : t));
}

/** The element of `root` with the most text of its own: where an ad's description sits. */
function wordiest(root: Element): Element {
  let best = root;
  let most = -1;
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (/^(script|style|svg|img|br|input|select|button)$/i.test(el.localName)) continue;
    let own = 0;
    for (const n of el.childNodes) if (n.nodeType === 3) own += n.textContent!.trim().length;
    if (own > most) [best, most] = [el, own];
  }
  return best;
}

/** The page with `sentence` planted (records marked `data-planted`); Node side, with jsdom. */
export function plantPage(html: string, t: Truth, sentence = PLANTED): string {
  const dom = new JSDOM(html);
  const records = [...dom.window.document.querySelectorAll(t.selector)];
  if (records.length === 0) throw new Error(`${t.file}: no match for ${t.selector}`);
  const picks =
    t.kind === 'detail'
      ? [records[0]!]
      : [...new Set([0, Math.floor(records.length / 2), records.length - 1])].map(
          (i) => records[i]!,
        );
  for (const r of picks) {
    r.setAttribute('data-planted', '');
    const at = wordiest(r);
    at.append(dom.window.document.createTextNode(` ${sentence} `));
  }
  return dom.serialize();
}

/** tsx and vitest compile with keepNames: functions sent to the page call `__name`. */
export const KEEP_NAMES_SHIM = 'globalThis.__name = (f) => f;';

export interface PageFigures {
  records: number;
  found: number;
  marks: number;
  good: number;
  /** Marks on promoted ads (`also`): neither records nor extras. */
  promoted: number;
  planted: number;
  plantedFlagged: number;
  falseFlags: number;
  ms: number;
  note: string;
}

/**
 * In the page (self-contained for page.evaluate): matches marks to the truth's records. A mark
 * belongs to a record it contains or lies in (covering at least half of the record's text); a
 * record is found by the first mark that belongs to it alone; every other mark is an extra.
 * `marks: null` reads `window.lyktFind` (the dev bundle), else the `data-lykt-level` elements.
 */
export function matchMarks(arg: { truth: Truth; marks: null | 'dom' }): PageFigures {
  const t0 = performance.now();
  const w = window as unknown as { lyktFind?: (host: string) => Element[] };
  const marks =
    arg.marks === null
      ? w.lyktFind!(location.host)
      : [...document.querySelectorAll('[data-lykt-level]')];
  const ms = performance.now() - t0;
  const all = [...document.querySelectorAll(arg.truth.selector)];
  const records = arg.truth.kind === 'detail' ? all.slice(0, 1) : all;
  const len = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  const owner = new Map<Element, Element>();
  let good = 0;
  let promoted = 0;
  const notes: string[] = [];
  const extra = new Set(arg.truth.also ? document.querySelectorAll(arg.truth.also) : []);
  for (const m of marks) {
    if (extra.has(m)) {
      promoted++;
      continue;
    }
    const mine = records.filter((r) => m.contains(r) || (r.contains(m) && len(m) * 2 >= len(r)));
    if (mine.length === 1 && !owner.has(mine[0]!)) {
      owner.set(mine[0]!, m);
      good++;
    } else if (notes.length < 3) {
      const cls = (m.getAttribute('class') ?? '').split(/\s+/).slice(0, 2).join('.');
      notes.push(`extra <${m.localName}${cls ? '.' + cls : ''}> (${mine.length} records)`);
    }
  }
  const flagged = (el: Element | undefined) =>
    !!el && /^(medium|high)$/.test(el.getAttribute('data-lykt-level') ?? '');
  const planted = records.filter((r) => r.hasAttribute('data-planted'));
  const falseFlags = marks.filter(
    (m) => flagged(m) && ![...owner].some(([r, o]) => o === m && r.hasAttribute('data-planted')),
  ).length;
  return {
    records: records.length,
    found: owner.size,
    marks: marks.length - promoted,
    good,
    promoted,
    planted: planted.length,
    plantedFlagged: planted.filter((r) => flagged(owner.get(r))).length,
    falseFlags,
    ms,
    note: notes.join('; '),
  };
}

/** Every mark's level, in document order (runs in the page: self-contained). */
export const levelsInPage = (): string =>
  [...document.querySelectorAll('[data-lykt-level]')]
    .map((e) => e.getAttribute('data-lykt-level'))
    .join();

/** Waits until `read` has not changed for `quiet` ms (levels are set as scans return). */
export async function untilQuiet(
  read: () => Promise<string>,
  quiet = 800,
  timeout = 20_000,
): Promise<void> {
  let [last, since] = [await read(), Date.now()];
  for (const end = Date.now() + timeout; Date.now() < end;) {
    await new Promise((r) => setTimeout(r, 100));
    const now = await read();
    if (now !== last || now === '') [last, since] = [now, Date.now()];
    else if (Date.now() - since >= quiet) return;
  }
}
