/**
 * A partner's own card, supplied as JSON: `{ id?, title, summary, html, actions?, sources? }`.
 * Everything in it is untrusted: the HTML passes DOMPurify, source links must be http(s).
 * Pure (the caller passes DOMPurify) so it is tested under jsdom and runs in the widget.
 */
import type { DOMPurify } from 'dompurify';
import type { Card, CardLang, CardSource } from '../cards/types';

export interface PartnerCardInput {
  id?: string;
  title: string;
  summary: string;
  /** Untrusted HTML: sanitized before it is shown. */
  html: string;
  /** Optional "what you can do" HTML, sanitized the same way. */
  actions?: string;
  sources?: { name: string; publisher?: string; url?: string }[];
}

const LIMITS = { title: 200, summary: 2_000, html: 50_000, sources: 20 };

/**
 * The built-in cards' subset (components/sanitize.ts applies it again at render): text and
 * links only, so no image, form or style can make a request or trip a page's CSP.
 */
const PURIFY_CONFIG = {
  ALLOWED_TAGS: ['p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br'],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:)/i,
};

function text(v: unknown, max: number, what: string): string {
  if (typeof v !== 'string' || v.trim() === '') throw new Error(`${what} missing`);
  if (v.length > max) throw new Error(`${what} longer than ${max} characters`);
  return v.trim();
}

function safeUrl(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function sources(v: unknown): CardSource[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new Error('sources is not a list');
  return v.slice(0, LIMITS.sources).map((s: unknown, i) => {
    const o = (s ?? {}) as Record<string, unknown>;
    const name = text(o.name, LIMITS.title, `sources[${i}].name`);
    const publisher = typeof o.publisher === 'string' ? o.publisher.slice(0, LIMITS.title) : '';
    return { name, publisher, url: safeUrl(o.url) };
  });
}

/** Validates and sanitizes a partner card; throws an Error whose message says what is wrong. */
export function toPartnerCard(input: unknown, lang: CardLang, purify: DOMPurify): Card {
  if (typeof input !== 'object' || input === null) throw new Error('not an object');
  const o = input as Record<string, unknown>;
  const html = typeof o.html === 'string' ? o.html : '';
  const actions = typeof o.actions === 'string' ? o.actions : '';
  if (html.length + actions.length > LIMITS.html)
    throw new Error(`html longer than ${LIMITS.html} characters`);
  const id = typeof o.id === 'string' && /^[a-z0-9-]{1,64}$/.test(o.id) ? o.id : 'partner';
  return {
    id,
    lang,
    title: text(o.title, LIMITS.title, 'title'),
    summary: text(o.summary, LIMITS.summary, 'summary'),
    bodyHtml: purify.sanitize(html, PURIFY_CONFIG),
    actionsHtml: purify.sanitize(actions, PURIFY_CONFIG),
    sources: sources(o.sources),
  };
}
