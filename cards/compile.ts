/**
 * Build-time compiler: one card markdown file (front matter + body + actions) to a Card.
 * Uses `marked`, a dev dependency only: shipped bundles hold the compiled HTML, not the parser.
 */
import { Marked } from 'marked';
import type { Card, CardLang, CardSource } from './types';

/** The markdown subset cards may use; anything else fails the build. */
export const ALLOWED_TAGS = ['p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br'] as const;
const ACTIONS_MARKER = '<!-- actions -->';

const marked = new Marked({
  async: false,
  gfm: true,
  renderer: {
    // Raw HTML in a card source is shown as text, never passed through.
    html: ({ text }) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  },
});

function toHtml(markdown: string, where: string): string {
  const html = (marked.parse(markdown.trim()) as string).trim();
  for (const [, tag] of html.matchAll(/<\/?([a-zA-Z0-9]+)/g)) {
    if (!(ALLOWED_TAGS as readonly string[]).includes(tag!.toLowerCase())) {
      throw new Error(`${where}: <${tag}> is outside the card markdown subset`);
    }
  }
  return html;
}

function parseSource(value: string, where: string): CardSource {
  const [name, publisher, url] = value.split('|').map((s) => s.trim());
  if (!name || !publisher) throw new Error(`${where}: source needs "name | publisher [| url]"`);
  if (url !== undefined && !/^https:\/\/[^\s]+$/.test(url)) {
    throw new Error(`${where}: source url must be https`);
  }
  return url ? { name, publisher, url } : { name, publisher };
}

/** Parses `---\nkey: value…\n---\nbody\n<!-- actions -->\nactions`. */
export function compileCard(id: string, lang: CardLang, source: string): Card {
  const where = `${lang}/${id}.md`;
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n/g, '\n'));
  if (!m) throw new Error(`${where}: missing front matter`);
  const fields: Record<string, string> = {};
  const sources: CardSource[] = [];
  for (const line of m[1]!.split('\n')) {
    const kv = /^(\w+):\s*(.+)$/.exec(line);
    if (!kv) throw new Error(`${where}: bad front matter line "${line}"`);
    if (kv[1] === 'source') sources.push(parseSource(kv[2]!, where));
    else fields[kv[1]!] = kv[2]!.trim();
  }
  const [body, actions, extra] = m[2]!.split(ACTIONS_MARKER);
  if (!fields.title || !fields.summary) throw new Error(`${where}: title and summary are required`);
  if (!body?.trim() || !actions?.trim() || extra !== undefined) {
    throw new Error(`${where}: needs a body and exactly one "${ACTIONS_MARKER}" section`);
  }
  if (sources.length === 0) throw new Error(`${where}: at least one source is required`);
  return {
    id,
    lang,
    title: fields.title,
    summary: fields.summary,
    bodyHtml: toHtml(body, where),
    actionsHtml: toHtml(actions, where),
    sources,
  };
}
