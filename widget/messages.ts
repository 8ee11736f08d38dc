/**
 * A partner's mistake renders nothing and goes to the console (in English, once). The texts
 * readers see are in notices.ts.
 */
const warned = new Set<string>();

/** One console warning per distinct problem, so a page with many embeds is not flooded. */
export function warnOnce(text: string): void {
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(text);
}
