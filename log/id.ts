/** Stable entry id: SHA-256 of url and text, so re-saving or importing the same ad never
 * duplicates it, and nobody can craft an ad whose id collides with another's. */
export async function entryId(url: string, text: string): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify([url, text]));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}
