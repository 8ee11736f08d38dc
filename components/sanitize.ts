import DOMPurify from 'dompurify';

/**
 * Card HTML is compiled from our markdown subset, but partners may pass their own cards:
 * treat all of it as untrusted and keep only the subset's tags.
 */
const CONFIG = {
  ALLOWED_TAGS: ['p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br'],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:)/i,
};

let hooked = false;

export function sanitizeCardHtml(html: string): string {
  if (!hooked) {
    // Links leave the host page in a new tab without handing it `window.opener`.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    hooked = true;
  }
  return DOMPurify.sanitize(html, CONFIG);
}
