/**
 * `../shared` (beside the checkout) holds the project's saved real pages and evaluation sets,
 * which this repository does not copy. The test files below read it: they run when it is there
 * and are left out, with one line saying how many and why, when it is not, so a clone alone
 * passes `npm test`. CI always has it: `.ci/run` sets LYKT_REQUIRE_SHARED, and then its absence
 * is an error. tests/unit/shared-fixtures.test.ts keeps the list true.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_DIR = resolve('../shared');

export const NEEDS_SHARED = {
  unit: [
    'tests/unit/adapters.test.ts',
    'tests/unit/cli-bin.test.ts',
    'tests/unit/cli-scan.test.ts',
    'tests/unit/cli-result-bytes.test.ts',
    'tests/unit/cli-result-line.test.ts',
    'tests/unit/client-age.test.ts',
    'tests/unit/stats-menu.test.ts',
    'tests/unit/email-scan.test.ts',
    'tests/unit/content-slices.test.ts',
    'tests/unit/content-startup.test.ts',
    'tests/unit/detect-page.test.ts',
    'tests/unit/detector.test.ts',
    'tests/unit/eval.test.ts',
    'tests/unit/indicators-golden.test.ts',
    'tests/unit/widget-scan.test.ts',
  ],
  e2e: [
    'tests/e2e/firefox-investigate.e2e.ts',
    'tests/e2e/firefox-real-pages.e2e.ts',
    'tests/e2e/fixtures.e2e.ts',
    'tests/e2e/investigate.e2e.ts',
    'tests/e2e/real-pages.e2e.ts',
    'tests/e2e/research-log-save.e2e.ts',
    'tests/e2e/security-privacy.e2e.ts',
  ],
};

/** The files a tier leaves out: none when ../shared is there. Says so once when it is not. */
export function withoutShared(tier: keyof typeof NEEDS_SHARED, env = process.env): string[] {
  if (existsSync(resolve(SHARED_DIR, 'fixtures/pages')) && existsSync(resolve(SHARED_DIR, 'eval')))
    return [];
  if (env.LYKT_REQUIRE_SHARED)
    throw new Error(`${SHARED_DIR} is missing, and LYKT_REQUIRE_SHARED (CI) needs it.`);
  const files = NEEDS_SHARED[tier];
  console.log(
    `[lykt] ${files.length} ${tier} test files not run: they read the shared real pages and eval ` +
      `sets in ${SHARED_DIR}, which is not beside this checkout (CI always runs them).`,
  );
  return files;
}
