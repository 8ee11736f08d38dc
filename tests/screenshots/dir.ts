/**
 * Where e2e tests put their pictures: `out/screenshots/` (ignored by git), so `npm test` never
 * rewrites a tracked file. `npm run screenshots` sets LYKT_SHOTS_DIR=docs/screenshots to make
 * the README's pictures from the same tests.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHOTS_DIR = resolve(process.env.LYKT_SHOTS_DIR || 'out/screenshots');

/** The path for picture `name`, its folder made if needed. */
export function shotPath(name: string): string {
  mkdirSync(SHOTS_DIR, { recursive: true });
  return join(SHOTS_DIR, name);
}
