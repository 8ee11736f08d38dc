/** Loads a saved page of ../shared/fixtures/pages into a fresh happy-dom window (scripts off). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

export const PAGES_DIR = resolve('../shared/fixtures/pages');

/** Each saved page's own site host name, by the file name's first part (`finn-detail-1.html`). */
export const SITE_HOSTS: Record<string, string> = {
  finn: 'www.finn.no',
  navno: 'arbeidsplassen.nav.no',
  craigslist: 'boston.craigslist.org',
  backpage: 'newjersey.backpage.com',
};

export function loadPage(file: string, url = 'http://127.0.0.1/'): Document {
  const w = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const doc = w.document as unknown as Document;
  doc.write(readFileSync(resolve(PAGES_DIR, file), 'utf8'));
  // happy-dom has no declarative shadow DOM: attach the roots the way a browser's parser would.
  for (const t of [...doc.querySelectorAll('template[shadowrootmode]')].reverse()) {
    const host = t.parentElement;
    if (!host || host.shadowRoot) continue;
    const root = host.attachShadow({
      mode: t.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open',
    });
    root.append((t as HTMLTemplateElement).content);
    t.remove();
  }
  return doc;
}
