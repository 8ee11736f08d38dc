/** The short text report `npm start` prints after a headless run. Pure, so it is unit-tested. */
import type { Level } from '../indicators/types';

export interface PageAd {
  id: string;
  level: Level | null;
  /** Category names from the badge's accessible name ("3 indicators: youth, …"). */
  categories: string[];
}

export interface RunFacts {
  origin: string;
  ads: PageAd[];
  /** Ad ids the generator wrote with indicator language. */
  expected: Set<string>;
  toolbar: string | null;
  /** After scrolling to the end of the infinite list. */
  scrolled?: { ads: number; marked: number };
  screenshots: string[];
  warnings: string[];
}

const LEVELS: Level[] = ['high', 'medium', 'low', 'none'];
const flagged = (l: Level | null): boolean => l === 'high' || l === 'medium';

/** "3 indicators: youth, third party. Level: medium" (LevelBadge's name) → ['youth', 'third party']. */
export function categoriesFromLabel(label: string | null): string[] {
  const head = (label ?? '').replace(/\.\s+[^.:]+:\s*[^.:]+$/, '');
  const colon = head.indexOf(':');
  if (colon < 0) return [];
  return head
    .slice(colon + 1)
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c && c !== '…' && c !== '...');
}

export function formatReport(f: RunFacts): string {
  const marked = f.ads.filter((a) => a.level !== null);
  const levels = LEVELS.map((l) => `${l} ${marked.filter((a) => a.level === l).length}`).join(
    ' · ',
  );
  const counts = new Map<string, number>();
  for (const a of f.ads) for (const c of a.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
  const onPage = f.ads.filter((a) => f.expected.has(a.id));
  const caught = onPage.filter((a) => flagged(a.level)).length;
  const extra = f.ads.filter((a) => !f.expected.has(a.id) && flagged(a.level)).length;
  const lines = [
    'Lykt demo report',
    `  Site:            ${f.origin}/`,
    `  Ads on the page: ${f.ads.length}`,
    `  Marked by Lykt:  ${marked.length} (data-lykt-level)`,
    `  Levels:          ${levels}`,
    `  Top categories:  ${top.length ? top.map(([c, n]) => `${c} ${n}`).join(' · ') : '(none read from badges)'}`,
    `  Indicator ads:   ${caught} of ${onPage.length} flagged at medium or above; ${extra} other ads at medium or above`,
    `  After scrolling: ${f.scrolled ? `${f.scrolled.ads} ads, ${f.scrolled.marked} marked` : '(not run)'}`,
    `  Toolbar count:   ${f.toolbar ?? '(not read)'}`,
    `  Screenshots:     ${f.screenshots.length ? f.screenshots.join(', ') : '(none)'}`,
  ];
  for (const w of f.warnings) lines.push(`  ! ${w}`);
  return lines.join('\n');
}
