import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { median, page, prng, shuffled, widgetPages } from '../bench/widget-pages';

describe('bench:widget pages and order', () => {
  it('replays the same order from the same seed, and another from another seed', () => {
    const xs = Array.from({ length: 16 }, (_, i) => i);
    const a = prng(42);
    const b = prng(42);
    const first = [shuffled(xs, a), shuffled(xs, a)];
    expect([shuffled(xs, b), shuffled(xs, b)]).toEqual(first);
    expect(shuffled(xs, prng(43))).not.toEqual(first[0]);
  });

  it('runs every variant exactly once per round, in a new order each round', () => {
    const xs = ['empty', 'one-word', 'a', 'b', 'c', 'd', 'e', 'f'];
    const rand = prng(7);
    const rounds = Array.from({ length: 9 }, () => shuffled(xs, rand));
    for (const r of rounds) expect([...r].sort()).toEqual([...xs].sort());
    // Not one fixed order: the first variant changes from round to round.
    expect(new Set(rounds.map((r) => r[0])).size).toBeGreaterThan(1);
  });

  it('takes the middle of an odd sample', () => {
    expect(median([9, 1, 5, 3, 7])).toBe(5);
  });

  it('serves the same page bar the script for every variant, each build under its prefix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lykt-bench-'));
    writeFileSync(join(dir, 'lykt-widget.nb.js'), '/* nb */');
    const { routes, variants } = widgetPages(
      ['article', 'blank'],
      ['empty'],
      ['lykt-widget.nb.js'],
      [
        ['', dir],
        ['base/', dir],
      ],
    );
    expect(variants.map((v) => v.name)).toEqual([
      'article:empty',
      'article:lykt-widget.nb.js',
      'article:base/lykt-widget.nb.js',
      'blank:empty',
      'blank:lykt-widget.nb.js',
      'blank:base/lykt-widget.nb.js',
    ]);
    expect(routes['/article/base/lykt-widget.nb.js.html']).toBe(
      page('/base/lykt-widget.nb.js', 'nb', 'article'),
    );
    const strip = (html: unknown) => String(html).replace(/<script src="[^"]*" onload/, '');
    expect(strip(routes['/blank/empty.html'])).toBe(
      strip(page('/lykt-widget.nb.js', 'en', 'blank')),
    );
    expect(routes['/base/lykt-widget.nb.js']).toMatchObject({ body: '/* nb */' });
  });
});
