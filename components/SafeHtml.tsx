import { sanitizeCardHtml } from './sanitize';

export type SafeHtmlProps = {
  /** Card HTML; sanitized here whatever its origin. */
  html: string;
  class?: string;
};

/** The only place components set innerHTML, and always through DOMPurify. */
export function SafeHtml({ html, class: className }: SafeHtmlProps) {
  return <div class={className} dangerouslySetInnerHTML={{ __html: sanitizeCardHtml(html) }} />;
}
