// @vitest-environment node
// The widget's scan file leaves out the phone metadata (it never shows contacts): its indicator
// categories, and so its cards, must still equal the full engine's for every ad.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { createEngine } from '../../indicators';
import { categoriesOf } from '../../widget/scan';

const ads = readFileSync(resolve('../shared/eval/real-dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { text: string });

it('gives the same categories as the full engine, phone numbers or not', () => {
  const engine = createEngine();
  let withPhone = 0;
  let flagged = 0;
  for (const { text } of ads) {
    const full = engine.scan({ text });
    if (full.contacts.some((c) => c.type === 'phone')) withPhone++;
    const want = [...new Set(full.indicators.map((f) => f.category))];
    if (want.length > 0) flagged++;
    expect(categoriesOf(text), text.slice(0, 60)).toEqual(want);
  }
  expect(withPhone).toBeGreaterThan(10);
  expect(flagged).toBeGreaterThan(10);
});
