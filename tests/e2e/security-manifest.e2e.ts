/**
 * The built extension, read as files (issue 9): the exact permissions of both manifests (a new
 * permission must be a deliberate change to this list and to the README), a strict CSP for
 * extension pages, no eval or new Function, no script from anywhere but the extension itself,
 * and no web-accessible resource but the popover's module. Runs on LYKT_OUT_DIR (or .output) after `npm run build`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUT = resolve(process.env.LYKT_OUT_DIR || '.output');
const CHROME = join(OUT, 'chrome-mv3');
const FIREFOX = join(OUT, 'firefox-mv2');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const manifest = (dir: string): any => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const ALL_SITES = ['http://*/*', 'https://*/*'];

describe.each([
  ['chrome-mv3', CHROME],
  ['firefox-mv2', FIREFOX],
])('built extension %s', (name, dir) => {
  it('exists', () => {
    expect(existsSync(join(dir, 'manifest.json')), `build ${name} first`).toBe(true);
  });

  it('asks for exactly the permissions the README explains', () => {
    const m = manifest(dir);
    const expected = name === 'chrome-mv3' ? ['sidePanel', 'storage'] : ['storage'];
    expect([...(m.permissions ?? [])].sort()).toEqual(expected);
    expect(m.optional_permissions).toBeUndefined();
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    // Two web-accessible files: the popover's module, imported by the content script on a
    // badge's first use, and the page's fallback engine, imported when a page must scan by
    // itself (SECURITY.md); in Chrome only at a per-session URL.
    const lazy = ['popover.js', 'page-engine.js'];
    expect(m.web_accessible_resources).toEqual(
      name === 'chrome-mv3'
        ? [{ resources: lazy, matches: ALL_SITES, use_dynamic_url: true }]
        : lazy,
    );
    // Site access comes from the one content script: every http(s) page, top frames only.
    expect(
      m.content_scripts.map((c: Record<string, unknown>) => ({
        matches: c.matches,
        js: c.js,
        all_frames: c.all_frames,
        match_about_blank: c.match_about_blank,
      })),
    ).toEqual([
      {
        matches: ALL_SITES,
        js: ['content-scripts/content.js'],
        all_frames: undefined,
        match_about_blank: undefined,
      },
    ]);
  });

  it('has a strict CSP for extension pages', () => {
    const m = manifest(dir);
    const csp: string =
      typeof m.content_security_policy === 'string'
        ? m.content_security_policy
        : (m.content_security_policy?.extension_pages ??
          // Firefox MV2 default when none is set: script-src 'self'; object-src 'self'
          "script-src 'self'; object-src 'self'");
    expect(csp).toMatch(/(^|;)\s*script-src 'self'\s*(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
  });

  it('contains no eval, no new Function, no remote or inline script', () => {
    const all = files(dir);
    const js = all.filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(3);
    const bad: string[] = [];
    for (const f of js) {
      const src = readFileSync(f, 'utf8');
      for (const re of [
        /\beval\s*\(/,
        /new\s+Function\s*\(/,
        /\bimportScripts\s*\(/,
        /\bimport\s*\(\s*["'`]https?:/,
        /\bWebSocket\b/,
        /\bEventSource\b/,
        /\bsendBeacon\b/,
        /\bXMLHttpRequest\b/,
        /set(?:Timeout|Interval)\s*\(\s*["'`]/,
      ])
        if (re.test(src)) bad.push(`${relative(dir, f)}: ${re}`);
      // The one fetch allowed is Vite's modulepreload polyfill, fetching a <link> of this page.
      const fetches = src.match(/\bfetch\s*\([^)]{0,40}\)/g) ?? [];
      for (const call of fetches)
        if (!/^fetch\(\w+\.href,\s*\w+\)$/.test(call)) bad.push(`${relative(dir, f)}: ${call}`);
    }
    for (const f of all.filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(f, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
        const src = /\bsrc="([^"]*)"/.exec(tag)?.[1];
        if (!src || /^(https?:)?\/\//.test(src)) bad.push(`${relative(dir, f)}: ${tag}`);
      }
      if (/<script\b[^>]*>[^<\s]/.test(html)) bad.push(`${relative(dir, f)}: inline script`);
      if (/\son[a-z]+\s*=/.test(html)) bad.push(`${relative(dir, f)}: inline handler`);
      if (/<link\b[^>]*href="(https?:)?\/\//.test(html))
        bad.push(`${relative(dir, f)}: remote link`);
    }
    expect(bad).toEqual([]);
  });
});
