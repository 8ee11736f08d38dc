// Shared by the real-language indicator tests: one engine, and what a test asks of a result.
import { createEngine, type ScanResult } from '../../indicators';

export const engine = createEngine();
export const scan = (text: string, title?: string) => engine.scan({ text, title });
export const cats = (r: ScanResult) => [...new Set(r.indicators.map((f) => f.category))].sort();
export const flagged = (r: ScanResult) => r.level === 'medium' || r.level === 'high';
/** The matched words of a result, of one category when given. */
export const matches = (r: ScanResult, category?: string) =>
  r.indicators.filter((f) => !category || f.category === category).map((f) => f.match);
