// The measured placement (the fallback where CSS anchor positioning is missing): next to its
// badge, never over the words it explains.
import { afterEach, describe, expect, it } from 'vitest';
import { placeNear } from '../../components/place';

const rect = (left: number, top: number, width: number, height: number) =>
  new DOMRect(left, top, width, height);
const anchorAt = (r: DOMRect) => ({ getBoundingClientRect: () => r }) as unknown as Element;
const popover = (w: number, h: number) =>
  ({ offsetWidth: w, offsetHeight: h, clientHeight: h, scrollHeight: h }) as HTMLElement;
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function viewport(width: number, height: number) {
  Object.defineProperty(document.documentElement, 'clientWidth', {
    value: width,
    configurable: true,
  });
  Object.defineProperty(window, 'innerHeight', { value: height, configurable: true });
}
afterEach(() => viewport(1024, 768));

describe('placeNear', () => {
  it.each([
    [
      'badge high, words below it',
      rect(100, 50, 120, 24),
      [rect(20, 90, 400, 20), rect(20, 120, 200, 20)],
      'below',
    ],
    ['badge low, words above it', rect(100, 600, 120, 24), [rect(20, 560, 300, 20)], 'above'],
    [
      'words filling the height',
      rect(100, 300, 120, 24),
      [rect(20, 40, 300, 20), rect(20, 700, 300, 20)],
      'right',
    ],
  ] as const)('%s: goes %s and covers no word', (_, badge, words, side) => {
    viewport(1200, 800);
    const p = placeNear(anchorAt(badge), popover(420, 300), words);
    expect(p.side).toBe(side);
    const box = rect(p.left, p.top, 420, Math.min(300, p.maxHeight));
    for (const w of [badge, ...words]) expect(overlaps(box, w)).toBe(false);
  });

  it('fits a 320 px screen: inside the viewport, below the words when there is room', () => {
    viewport(320, 640);
    const badge = rect(14, 60, 150, 24);
    const words = [rect(8, 100, 300, 20)];
    const p = placeNear(anchorAt(badge), popover(304, 360), words);
    expect(p.left).toBeGreaterThanOrEqual(8);
    expect(p.left + 304).toBeLessThanOrEqual(320 - 8 + 0.5);
    expect(p.top).toBeGreaterThanOrEqual(120);
  });
});
