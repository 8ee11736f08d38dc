import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS_DIR } from '../screenshots/dir';
import { missingReadmePictures, SHOT_FILES } from '../screenshots/run';

describe('screenshots', () => {
  it('every picture the README and SECURITY.md show is in docs/screenshots/', () => {
    for (const doc of ['README.md', 'SECURITY.md'])
      expect(missingReadmePictures(readFileSync(doc, 'utf8'), 'docs/screenshots'), doc).toEqual([]);
    expect(
      missingReadmePictures('![x](docs/screenshots/none-such.png)', 'docs/screenshots'),
    ).toEqual(['none-such.png']);
  });

  it('tests write pictures outside tracked files unless `npm run screenshots` asks', () => {
    if (!process.env.LYKT_SHOTS_DIR) expect(SHOTS_DIR).toBe(resolve('out/screenshots'));
    for (const f of SHOT_FILES) expect(existsSync(f), f).toBe(true);
    for (const f of readdirSync('tests/e2e'))
      expect(readFileSync(`tests/e2e/${f}`, 'utf8'), f).not.toMatch(/docs\/screenshots/);
  });
});
