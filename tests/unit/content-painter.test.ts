import { describe, expect, it } from 'vitest';
import type { AdView } from '../../content/ad-view';
import { findAds } from '../../content/find-ads';
import { detectListings } from '../../content/detect';
import { Marker } from '../../content/marker';
import { Painter } from '../../content/painter';
import { Scanner, type AdState } from '../../content/scanner';
import { newStats } from '../../content/stats';
import { createEngine } from '../../indicators';
import { generateAds } from '../../demo/generate';
import { renderAdsFragment } from '../../demo/render';

function states(): AdState[] {
  document.body.innerHTML = `<main><section>${renderAdsFragment(generateAds(8, { seed: 3 }))}</section></main>`;
  const scanner = new Scanner();
  const engine = createEngine({ langs: ['nb', 'en'] });
  const targets = detectListings(document.body).flatMap((a) => findAds(document, a));
  return targets.map((t) => {
    const map = scanner.read(t);
    return scanner.accept(t, map, engine.scan({ text: map.text }));
  });
}

describe('Painter: highlights and badges go out in batches', () => {
  it('holds queued paints until flushed, within the slice budget', () => {
    const shown: AdState[] = [];
    const view: AdView = { show: (s) => shown.push(s), remove: () => {}, destroy: () => {} };
    const painter = new Painter(new Marker(document), newStats());
    const queued = states();
    expect(queued).toHaveLength(8);
    for (const s of queued) painter.add(s);
    expect(painter.pending).toBe(8);
    expect(painter.waitedMs()).toBeGreaterThanOrEqual(0);
    // A budget already spent paints nothing; the queue waits for the next slice.
    expect(painter.flush(view, performance.now() - 1)).toBe(false);
    expect(shown).toHaveLength(0);
    expect(painter.flush(view, Infinity)).toBe(true);
    expect(shown).toEqual(queued);
    expect(painter.pending).toBe(0);
    expect(painter.waitedMs()).toBe(0);
  });
});
