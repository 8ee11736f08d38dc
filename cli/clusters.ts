/**
 * lykt clusters FILE|- [--json] — clusters of ads in a JSONL file, the same as the research log
 * shows: ads linked by a shared phone or e-mail and by near-duplicate text (log/clusters.ts).
 * Lines are ads (`{"id","text",…}`, contacts found in the text) or scan results (`{"id",
 * "contacts",…}`, linked by contact only). Out: a readable list, or one JSON cluster a line.
 * A cluster is a reason to look closer, never proof.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { findContacts } from '../indicators';
import { clusterAds, reasonText, type ClusterAd, type Cluster } from '../log/clusters';

export interface ClustersRun {
  clusters: Cluster[];
  errors: string[];
}

export function parseClusterLine(line: string, lineNo: number): ClusterAd | string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return `line ${lineNo}: invalid JSON`;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return `line ${lineNo}: not a JSON object`;
  const o = v as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : String(lineNo);
  const text = typeof o.text === 'string' ? o.text : '';
  const lang = typeof o.lang === 'string' ? o.lang : undefined;
  let contacts: ClusterAd['contacts'];
  if (Array.isArray(o.contacts))
    contacts = o.contacts.filter(
      (c): c is { type: 'phone' | 'email'; value: string } =>
        typeof c === 'object' &&
        c !== null &&
        (c.type === 'phone' || c.type === 'email') &&
        typeof c.value === 'string',
    );
  else if (text) contacts = findContacts(text, lang);
  else return `line ${lineNo}: needs "text" or "contacts"`;
  return { id, text, contacts };
}

export async function clustersOf(input: Readable): Promise<ClustersRun> {
  const ads: ClusterAd[] = [];
  const errors: string[] = [];
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    const r = parseClusterLine(n === 1 ? line.replace(/^\ufeff/, '') : line, n);
    if (typeof r === 'string') errors.push(r);
    else ads.push(r);
  }
  return { clusters: clusterAds(ads), errors };
}

export function writeClusters(clusters: readonly Cluster[], out: Writable, json: boolean): void {
  if (json) {
    for (const c of clusters) out.write(JSON.stringify(c) + '\n');
    return;
  }
  out.write(`${clusters.length} clusters. A cluster is a reason to look closer, never proof.\n`);
  clusters.forEach((c, i) => {
    out.write(`\ncluster ${i + 1}: ${c.ids.length} ads: ${c.ids.join(', ')}\n`);
    for (const l of c.links) out.write(`  ${l.a} – ${l.b}: ${reasonText(l.reason)}\n`);
  });
}

export async function main(args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('--') || a === '-');
  const usage =
    'usage: lykt clusters FILE|- [--json]\n  JSONL ads or scan results in; clusters out.\n';
  if (args.includes('--help') || args.includes('-h')) return (process.stdout.write(usage), 0);
  if (!file) return (process.stderr.write(usage), 2);
  const input = file === '-' ? process.stdin : createReadStream(file);
  const { clusters, errors } = await clustersOf(input);
  for (const e of errors) process.stderr.write(`${e}\n`);
  writeClusters(clusters, process.stdout, args.includes('--json'));
  return errors.length ? 1 : 0;
}
