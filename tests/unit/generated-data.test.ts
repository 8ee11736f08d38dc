import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CONFUSABLES_PATH, renderConfusables } from '../../cli/gen-confusables';
import { PHONE_METADATA_PATH, renderPhoneMetadata } from '../../cli/gen-phone-metadata';

// The committed generated data, like cards/generated: regenerating it must change nothing.
describe('committed generated data', () => {
  it('indicators/confusables.ts is up to date (run npx tsx cli/gen-confusables.ts)', async () => {
    expect(await readFile(CONFUSABLES_PATH, 'utf8')).toBe((await renderConfusables()).text);
  });

  it('indicators/phone-metadata.json is up to date (run npx tsx cli/gen-phone-metadata.ts)', async () => {
    expect(await readFile(PHONE_METADATA_PATH, 'utf8')).toBe((await renderPhoneMetadata()).text);
  });
});
