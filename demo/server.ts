/**
 * The demo classified site on 127.0.0.1: `/` (100 ads + infinite scroll via `/more?page=N`,
 * 50 a page), `/ad/:id`, `/search?q=`, `/big?count=N` (one page of N ads, for benchmarks).
 * `?lang=en` switches the site's own words; `?cat=job` filters `/` and `/more`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { DEFAULT_SEED, generateAds, type DemoAd } from './generate';
import {
  PAGE_SIZE,
  renderAdsFragment,
  renderDetailPage,
  renderListingPage,
  renderNotFound,
} from './render';
import type { DemoCategory, DemoLang } from './templates';
import { CATEGORY_NAMES, UI } from './ui-text';

export interface DemoServer {
  origin: string;
  /** The ads of the main site (`/`, `/more`, `/ad/:id`, `/search`). */
  ads: DemoAd[];
  /** Every path requested, in order (privacy tests read it). */
  requests: string[];
  close(): Promise<void>;
}

export interface DemoServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Ads on the main site (default 200). */
  count?: number;
  seed?: number;
}

const FIRST_PAGE = 100;
const MAX_BIG = 20_000;
const CATEGORIES = Object.keys(CATEGORY_NAMES.nb) as DemoCategory[];

export function startDemoServer(opts: DemoServerOptions = {}): Promise<DemoServer> {
  const seed = opts.seed ?? DEFAULT_SEED;
  const ads = generateAds(opts.count ?? 200, { seed });
  const byId = new Map(ads.map((a) => [a.id, a]));
  const big = new Map<number, string>();
  const requests: string[] = [];

  const bigPage = (n: number, lang: DemoLang): string => {
    const key = lang === 'en' ? -n : n;
    let html = big.get(key);
    if (!html) {
      html = renderListingPage(generateAds(n, { seed }), { lang, title: UI[lang].count(n) });
      big.set(key, html);
    }
    return html;
  };

  function route(url: URL): [number, string] {
    const q = url.searchParams;
    const lang: DemoLang = q.get('lang') === 'en' ? 'en' : 'nb';
    const cat = CATEGORIES.find((c) => c === q.get('cat'));
    const shown: DemoAd[] = cat ? ads.filter((a) => a.category === cat) : ads;
    const path = url.pathname;
    if (path === '/') {
      const params = new URLSearchParams({ ...(cat && { cat }), ...(lang === 'en' && { lang }) });
      const more = params.size ? `/more?${params}` : '/more';
      const title = cat ? CATEGORY_NAMES[lang][cat] : UI[lang].latest;
      return [
        200,
        renderListingPage(shown.slice(0, FIRST_PAGE), {
          lang,
          title,
          moreUrl: more,
          category: cat,
        }),
      ];
    }
    if (path === '/more') {
      const page = Math.max(0, Math.floor(Number(q.get('page')) || 0));
      return [200, renderAdsFragment(shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE))];
    }
    if (path.startsWith('/ad/')) {
      const ad = byId.get(decodeURIComponent(path.slice(4)));
      return ad
        ? [200, renderDetailPage(ad, q.has('lang') ? lang : ad.lang)]
        : [404, renderNotFound(lang)];
    }
    if (path === '/search') {
      const term = (q.get('q') ?? '').trim();
      const needle = term.toLocaleLowerCase();
      const hits = ads.filter((a) =>
        [a.title, a.text, a.place, CATEGORY_NAMES[lang][a.category]].some((s) =>
          s.toLocaleLowerCase().includes(needle),
        ),
      );
      return [
        200,
        renderListingPage(hits.slice(0, FIRST_PAGE * 2), {
          lang,
          title: UI[lang].results(hits.length, term),
          query: term,
        }),
      ];
    }
    if (path === '/big') {
      const n = Math.min(MAX_BIG, Math.max(1, Math.floor(Number(q.get('count')) || 1000)));
      return [200, bigPage(n, lang)];
    }
    return [404, renderNotFound(lang)];
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const [status, body] = route(url);
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(body);
  });

  const port = opts.port ?? 0;
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} is in use: set LYKT_PORT=${port + 1} (or another free port) or stop the other program.`,
            )
          : err,
      );
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address === 'string')
        return reject(new Error('demo server has no port'));
      resolve({
        origin: `http://127.0.0.1:${address.port}`,
        ads,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
