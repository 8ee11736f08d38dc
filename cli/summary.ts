/** `--summary`: ads per level, and per category how many ads carry it at each level. */
import { CATEGORIES, LEVELS, type Level, type ScanResult } from '../indicators';

export class Summary {
  private ads = 0;
  private levels = new Map<Level, number>();
  private cats = new Map<string, Map<Level, number>>();

  add(r: ScanResult): void {
    this.addLevel(
      r.level,
      r.indicators.map((f) => f.category),
    );
  }

  addLevel(level: Level, categories: string[]): void {
    this.ads++;
    this.levels.set(level, (this.levels.get(level) ?? 0) + 1);
    for (const c of new Set(categories)) {
      const m = this.cats.get(c) ?? new Map<Level, number>();
      m.set(level, (m.get(level) ?? 0) + 1);
      this.cats.set(c, m);
    }
  }

  format(bad = 0): string {
    const pad = (s: string | number, w: number) => String(s).padStart(w);
    const head = 'category'.padEnd(16) + LEVELS.map((l) => pad(l, 8)).join('') + pad('ads', 8);
    const rows = CATEGORIES.map((c) => {
      const m = this.cats.get(c);
      const total = m ? [...m.values()].reduce((a, b) => a + b, 0) : 0;
      return c.padEnd(16) + LEVELS.map((l) => pad(m?.get(l) ?? 0, 8)).join('') + pad(total, 8);
    });
    const all =
      'all ads'.padEnd(16) +
      LEVELS.map((l) => pad(this.levels.get(l) ?? 0, 8)).join('') +
      pad(this.ads, 8);
    const flagged = (this.levels.get('medium') ?? 0) + (this.levels.get('high') ?? 0);
    return [
      head,
      '-'.repeat(head.length),
      ...rows,
      '-'.repeat(head.length),
      all,
      '',
      `flagged (medium or high): ${flagged} of ${this.ads}` +
        (bad ? `; ${bad} malformed line(s) skipped` : ''),
      '',
    ].join('\n');
  }
}
