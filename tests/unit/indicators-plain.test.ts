// @vitest-environment node
// Issue 12.6: a scan result is plain data that fully determines its own re-scoring, so a result
// that crossed a message (structuredClone) is weighed with shared contacts exactly as in the CLI.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { applySharedContacts, createEngine } from '../../indicators';

const engine = createEngine();
const PARTS = [
  'new girls every week',
  'young',
  'fresh',
  'young',
  'ung',
  'call our driver',
  'ring sjåføren',
  '912 34 567',
  'anna@example.com',
  '24/7',
  'no condom',
  'asian',
  '100% real',
  'not fake',
  '.',
];

it('weighs a cloned result with shared contacts exactly like the original', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 30 }), (ws) => {
      const r = engine.scan({ text: ws.join(' '), lang: 'nb' });
      const shared = new Set(r.contacts.map((c) => c.value));
      const direct = JSON.stringify(applySharedContacts(r, shared));
      const viaClone = applySharedContacts(structuredClone(r), shared);
      expect(JSON.stringify(viaClone)).toBe(direct);
      // And again on a result that already carries shared-contact findings.
      expect(JSON.stringify(applySharedContacts(structuredClone(viaClone), shared))).toBe(direct);
    }),
    { numRuns: 500 },
  );
});

it('leaves the scanned result untouched', () => {
  const r = engine.scan({ text: 'young fresh young, ring 912 34 567', lang: 'nb' });
  const before = JSON.stringify(r);
  applySharedContacts(r, new Set(['+4791234567']));
  expect(JSON.stringify(r)).toBe(before);
});
