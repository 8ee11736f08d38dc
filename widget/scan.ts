/**
 * lykt-widget-scan.js: the indicator engine, imported on first `for-text` / `Lykt.cardsFor`.
 * Runs in the page; the ad text goes nowhere. The widget shows cards for an ad's indicator
 * categories and never exposes contacts, so it leaves out the phone metadata (4.5 KB gzipped):
 * contacts never change an ad's indicators, which stay identical to the CLI's and the extension's
 * (tests/e2e/widget-demo.e2e.ts compares them).
 */
import { createEngineFrom } from '../indicators/core';
import { LEXICONS } from '../indicators/lexicon';
import type { Category } from '../indicators/types';

let engine: ReturnType<typeof createEngineFrom> | null = null;

/** The distinct indicator categories found in an ad text, in order of first appearance. */
export function categoriesOf(text: string): Category[] {
  engine ??= createEngineFrom(LEXICONS, null);
  return [...new Set(engine.scan({ text }).indicators.map((f) => f.category))];
}
