/**
 * npm run measure:clusters — clustering on real ads, for reading: the near-duplicate and
 * shared-contact links in ../shared/eval/real-dev.jsonl and in the saved pages
 * (../shared/fixtures/pages: each ad record of a listing, the body of a detail page).
 * Prints every link with its reason and the start of both texts, so precision is checked by eye.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { findContacts } from '../../indicators';
import { clusterAds, reasonText, type ClusterAd } from '../../log/clusters';
import { placesIn } from '../../log/places';

const SHARED = '../shared';
const ads: (ClusterAd & { from: string })[] = [];
const add = (id: string, text: string, from: string) =>
  ads.push({ id, text, from, contacts: findContacts(text) });

for (const line of readFileSync(`${SHARED}/eval/real-dev.jsonl`, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { id: string; text: string; title?: string; source: string };
  add(r.id, [r.title, r.text].filter(Boolean).join('\n'), r.source);
}
const truth = readFileSync(`${SHARED}/fixtures/pages/truth.jsonl`, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { file: string; kind: string; selector: string });
const files = readdirSync(`${SHARED}/fixtures/pages`).filter((f) => f.endsWith('.html'));
for (const file of files) {
  const t =
    truth.find((x) => x.file === file) ??
    (file.startsWith('backpage-escortdetail')
      ? { file, kind: 'detail', selector: 'div.postingBody' }
      : undefined);
  if (!t) continue;
  const doc = new JSDOM(readFileSync(`${SHARED}/fixtures/pages/${file}`, 'utf8')).window.document;
  const els = [...doc.querySelectorAll(t.selector)].slice(0, t.kind === 'detail' ? 1 : undefined);
  els.forEach((el, i) => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) add(`${file}#${i + 1}`, text, file);
  });
}

const minSimilarity = Number(process.argv[2] ?? 0.5);
const t0 = performance.now();
const clusters = clusterAds(ads, { minSimilarity });
const ms = performance.now() - t0;
const byId = new Map(ads.map((a) => [a.id, a]));
const count = { text: 0, phone: 0, email: 0 };
const withPlace = ads.filter((a) => placesIn(a.text).length > 0).length;
for (const c of clusters) {
  console.log(`\n=== cluster of ${c.ids.length}: ${c.ids.join(', ')}`);
  const places = [...new Set(c.ids.flatMap((id) => placesIn(byId.get(id)!.text)))];
  if (places.length) console.log(`  places: ${places.join(', ')}`);
  for (const l of c.links) {
    count[l.reason.kind]++;
    const [a, b] = [byId.get(l.a)!, byId.get(l.b)!];
    console.log(`  ${l.a} — ${l.b}: ${reasonText(l.reason)}`);
    console.log(`    a: ${a.text.slice(0, 110)}`);
    console.log(`    b: ${b.text.slice(0, 110)}`);
  }
}
console.log(
  `\n${ads.length} ads, ${clusters.length} clusters (${clusters.reduce((n, c) => n + c.ids.length, 0)} ads in them), ` +
    `links: ${count.text} text, ${count.phone} phone, ${count.email} e-mail; min similarity ${minSimilarity}; ${ms.toFixed(0)} ms; ` +
    `${withPlace} ads name a place`,
);
