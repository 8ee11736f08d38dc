/**
 * Trusted Types: on a page with `require-trusted-types-for 'script'` a plain string assigned to
 * innerHTML throws. Lykt's only HTML is build-time card HTML or DOMPurify's output, so one named
 * policy ("lykt") passes exactly those through. The policy object stays in this module: page
 * code cannot borrow it to smuggle its own HTML.
 */
import { warnOnce } from './messages';

interface HtmlPolicy {
  createHTML(html: string): unknown;
}

let policy: HtmlPolicy | null | undefined;

/** The "lykt" policy, or null where Trusted Types are absent or the page does not allow it. */
/*! lykt:eager */
export function lyktPolicy(): HtmlPolicy | null {
  if (policy !== undefined) return policy;
  const tt = (window as { trustedTypes?: { createPolicy(n: string, p: object): HtmlPolicy } })
    .trustedTypes;
  try {
    policy = tt
      ? tt.createPolicy('lykt', {
          createHTML: (html: string) => html,
          // DOMPurify wants the hook to exist; Lykt never makes a script URL.
          createScriptURL: () => {
            throw new TypeError('Lykt makes no script URLs');
          },
        })
      : null;
  } catch {
    policy = null;
    warnOnce(
      'Lykt: this page\'s CSP does not allow the Trusted Types policy "lykt"; add it to `trusted-types`.',
    );
  }
  return policy;
}

/**
 * HTML that is already safe (sanitized, or Lykt's own), typed as a string because Preact's
 * `dangerouslySetInnerHTML` and `innerHTML` take a TrustedHTML wherever a string goes.
 */
/*! lykt:eager */
export function trustedHtml(safeHtml: string): string {
  return (lyktPolicy()?.createHTML(safeHtml) as string | undefined) ?? safeHtml;
}
