/**
 * `web-ext lint` (Mozilla's add-on linter, as AMO runs it) on the built Firefox extension: no
 * errors, and no warning but the ones CONTRIBUTING.md explains ("web-ext lint" there): libraries'
 * own HTML assignments (Preact's dangerouslySetInnerHTML path, DOMPurify's parser).
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from '../support/firefox-browser';

type Message = { code: string; file?: string; message: string };
type Report = { summary: { errors: number; warnings: number; notices: number } } & Record<
  'errors' | 'warnings' | 'notices',
  Message[]
>;

/** Library code that assigns HTML, as it appears minified (names vary, shapes do not). */
const LIBRARY_HTML = [
  /\w+\.innerHTML=\w+\.__html\b/g, // Preact: dangerouslySetInnerHTML (ours only in SafeHtml, after DOMPurify)
  /\w+\.documentElement\.innerHTML=\w+\?\w+:\w+/g, // DOMPurify: parsing the dirty string in an inert document
];

const jsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name));

describe('web-ext lint on the Firefox build', () => {
  it('reports no error, and only the explained library innerHTML warnings', async () => {
    const bin = resolve('node_modules/.bin/web-ext');
    const args = [
      'lint',
      '--source-dir',
      FIREFOX_EXTENSION_DIR,
      '--output',
      'json',
      '--no-config-discovery',
    ];
    const { stdout } = await promisify(execFile)(bin, args, { maxBuffer: 1 << 24 }).catch(
      (e: { stdout: string }) => e, // exits non-zero on errors: the report still says which
    );
    const report = JSON.parse(stdout) as Report;
    console.log(`[web-ext lint] ${JSON.stringify(report.summary)}`);
    expect(report.errors.map((m) => `${m.code} ${m.file ?? ''} ${m.message}`)).toEqual([]);
    expect(report.notices).toEqual([]);
    expect(report.warnings.filter((m) => m.code !== 'UNSAFE_VAR_ASSIGNMENT')).toEqual([]);
    // Every HTML assignment left in the build is one of the library shapes above.
    for (const file of jsFiles(FIREFOX_EXTENSION_DIR)) {
      let code = readFileSync(file, 'utf8');
      for (const re of LIBRARY_HTML) code = code.replace(re, '');
      const ours = code.match(/\.(inner|outer)HTML\s*=(?!=)\s*(?!"")[^,;)]{0,40}/g) ?? [];
      expect(ours, file).toEqual([]);
    }
  }, 120_000);
});
