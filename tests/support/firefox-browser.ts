/**
 * Real Firefox ESR with the built extension (`<out>/firefox-mv2`), driven by puppeteer-core over
 * WebDriver BiDi. The extension goes in with `browser.installExtension` (BiDi
 * `webExtension.install`); every outside request goes to a local recording proxy that refuses it.
 *
 * Lykt's badges live in closed shadow roots. BiDi serializes those when asked
 * (`includeShadowTree: 'all'`), so a test finds each root's shared id and runs the same reads as
 * in Chromium (badge-reads.ts) on it in a BiDi sandbox (an isolated world: the page never sees the
 * roots). Clicks and keys go through BiDi input actions, which are trusted.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, type Browser, type KeyInput, type Page } from 'puppeteer-core';
import type { BadgeDriver } from './badge-checks';
import { centreIn, labelIn, popoverIn, type PopoverState } from './badge-reads';

export const FIREFOX_EXTENSION_DIR = resolve(process.env.LYKT_OUT_DIR || '.output', 'firefox-mv2');

const USUAL_PATHS = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
];

/** FIREFOX_PATH, else Debian's firefox-esr. Throws, never skips. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = USUAL_PATHS.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Firefox found for the Firefox e2e tests. Install one (Debian/Ubuntu: ' +
      '`sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox binary.',
  );
}

/** A proxy that records and refuses every request Firefox does not send straight to 127.0.0.1. */
async function recordingProxy(): Promise<{ port: number; outside: string[]; close(): void }> {
  const outside: string[] = [];
  const server: Server = createServer((req, res) => {
    outside.push(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    outside.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return { port, outside, close: () => server.close() };
}

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  /** Every request that tried to leave 127.0.0.1 (the page's, Lykt's and Firefox's own). */
  outside: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(
  extensionDir = FIREFOX_EXTENSION_DIR,
): Promise<FirefoxWithExtension> {
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(
      `No built extension at ${extensionDir}: run \`npx wxt build -b firefox\` first.`,
    );
  const proxy = await recordingProxy();
  const profile = mkdtempSync(join(tmpdir(), 'lykt-firefox-'));
  const browser = await launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profile,
    // Lets puppeteer's `services.settings.server` pref take effect in a release build: Firefox's
    // own remote settings stay home, so what reaches the proxy is the page's or Lykt's.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: { width: 1200, height: 800 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
    },
  });
  const extensionId = await browser.installExtension(extensionDir);
  return {
    browser,
    extensionId,
    outside: proxy.outside,
    async newPage() {
      const page = await browser.newPage();
      // tsx and vitest compile with keepNames: functions sent to the page may call `__name`.
      await page.evaluateOnNewDocument('globalThis.__name = (f) => f;');
      return page;
    },
    async close() {
      await browser.close();
      proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---- BiDi: closed badge roots ----

type Bidi = { send(method: string, params: object): Promise<{ result: BidiResult }> };
type BidiResult = {
  type?: string;
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
};
type BidiNode = {
  sharedId?: string;
  value?: {
    localName?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
};

const bidi = (page: Page): Bidi => (page.browser() as unknown as { connection: Bidi }).connection;
const contextOf = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;
const SANDBOX = 'lykt-test-badges';

async function callFunction(page: Page, body: string, self?: string, arg?: unknown) {
  const { result } = await bidi(page).send('script.callFunction', {
    functionDeclaration: body,
    awaitPromise: true,
    target: { context: contextOf(page), sandbox: SANDBOX },
    ...(self ? { this: { sharedId: self } } : {}),
    arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
    serializationOptions: { maxDomDepth: 5, includeShadowTree: 'all' },
    resultOwnership: 'none',
  });
  if (result.type === 'exception') throw new Error(`in page: ${result.exceptionDetails?.text}`);
  return result.result!;
}

/** The small marker of an ad below the badge level (not a badge). */
const hasMarker = (n: BidiNode): boolean =>
  /\blykt-marker\b/.test(n.value?.attributes?.class ?? '') ||
  (n.value?.children ?? []).some(hasMarker);

/** Shared ids of every shadow root (open or closed) whose content is Lykt's badge, in order. */
async function badgeRoots(page: Page): Promise<string[]> {
  // Hosts are plain empty spans with a root; a depth of 5 reaches the badge's button.
  const r = await callFunction(page, `() => [...document.querySelectorAll('span:empty')]`);
  return ((r.value ?? []) as BidiNode[])
    .map((n) => n.value?.shadowRoot)
    .filter(
      (sr): sr is BidiNode =>
        !!sr?.value?.children?.some(
          (c) => c.value?.localName === 'span' && c.value.attributes?.class === 'lykt-root',
        ) && !hasMarker(sr),
    )
    .map((sr) => sr.sharedId!);
}

async function runIn<T>(page: Page, root: string, fn: string, arg: unknown): Promise<T> {
  const body = `async function (a) { const __name = (f) => f;
    return JSON.stringify(await (${fn})(this, JSON.parse(a)) ?? null); }`;
  const r = await callFunction(page, body, root, arg);
  return JSON.parse(r.value as string) as T;
}

export const badgeCount = async (page: Page): Promise<number> => (await badgeRoots(page)).length;

/** Runs `fn(root, arg)` on badge i's closed root in a sandbox; returns its (JSON) value. */
export async function inBadge<T, A = null>(
  page: Page,
  i: number,
  fn: (root: ShadowRoot, arg: A) => T | Promise<T>,
  arg?: A,
): Promise<T> {
  const root = (await badgeRoots(page))[i];
  if (!root) throw new Error(`no badge ${i}`);
  return runIn<T>(page, root, fn.toString(), arg);
}

/** The index of the first badge whose host sits inside `scope` (a page selector); -1 if none. */
export async function findBadge(page: Page, scope: string): Promise<number> {
  const roots = await badgeRoots(page);
  // A badge in Lykt's layer belongs where its owner (`aria-owns`) is.
  const inside = (root: ShadowRoot, s: string) => {
    const h = root.host;
    const owner = h.id ? document.querySelector(`[aria-owns~="${CSS.escape(h.id)}"]`) : null;
    return h.closest(s) !== null || (owner !== null && owner.closest(s) !== null);
  };
  for (let i = 0; i < roots.length; i++)
    if (await runIn<boolean>(page, roots[i]!, inside.toString(), scope)) return i;
  return -1;
}

export async function badgeLabels(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const root of await badgeRoots(page))
    out.push(await runIn(page, root, labelIn.toString(), null));
  return out;
}

export const readPopover = (page: Page, i = 0): Promise<PopoverState> =>
  inBadge(page, i, popoverIn);

/** A trusted mouse click (BiDi input actions) on `selector` inside badge i. */
export async function clickIn(page: Page, i: number, selector: string): Promise<void> {
  const at = await inBadge(page, i, centreIn, selector);
  if (!at) throw new Error(`badge ${i} has no ${selector}`);
  await page.mouse.click(at.x, at.y);
}

/** Opens badge i with a trusted click, or by focusing its button and pressing Enter. */
export async function openBadge(page: Page, i = 0, via: 'mouse' | 'keyboard' = 'mouse') {
  if (via === 'mouse') return clickIn(page, i, 'button.lykt-badge');
  await inBadge(page, i, (root) =>
    (root.querySelector('button.lykt-badge') as HTMLElement).focus(),
  );
  await page.keyboard.press('Enter');
}

export const clickSave = (page: Page, i = 0) =>
  clickIn(page, i, '[role="dialog"] button.lykt-save');

/** The shared badge checks' driver (badge-checks.ts) for a Firefox page. */
export const firefoxBadges = (page: Page): BadgeDriver => ({
  openBadge: (i, via) => openBadge(page, i, via),
  readPopover: (i) => readPopover(page, i),
  clickSave: (i) => clickSave(page, i),
  press: (key) => page.keyboard.press(key as KeyInput),
});
