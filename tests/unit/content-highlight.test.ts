/**
 * Issue 19.14: Lykt's highlight styles draw nothing outside the text's box. Chromium counts a
 * `::highlight` with text-decoration or text-shadow as visual overflow, and then recomputes the
 * ink overflow of every highlighted text's ancestors in each frame after any DOM change (pre-paint
 * 40–110 ms a frame on the 10,000-ad grid: `tests/bench/paint-frames-highlight.ts`).
 */
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_CSS } from '../../content/highlight';

describe('highlight styles (issue 19.14)', () => {
  it('style every level, with colours only: no text-decoration, text-shadow or stroke', () => {
    for (const level of ['low', 'medium', 'high'])
      expect(HIGHLIGHT_CSS).toMatch(
        new RegExp(`::highlight\\(lykt-${level}\\) \\{[^}]*background-color: #[0-9a-f]{6}; color:`),
      );
    expect(HIGHLIGHT_CSS).not.toMatch(/text-decoration|text-shadow|text-stroke|outline/);
  });
});
