/**
 * lykt-widget-scan.js: the indicator engine, imported on first `for-text` / `Lykt.cardsFor`.
 * Runs in the page; the ad text goes nowhere.
 */
import { createEngine } from '../indicators/index';
import type { Category } from '../indicators/types';

let engine: ReturnType<typeof createEngine> | null = null;

/** The distinct indicator categories found in an ad text, in order of first appearance. */
export function categoriesOf(text: string): Category[] {
  engine ??= createEngine();
  return [...new Set(engine.scan({ text }).indicators.map((f) => f.category))];
}
