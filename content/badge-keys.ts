/**
 * The page keyboard path through marked ads: Alt+Shift+J goes to the next badge (or marker),
 * Alt+Shift+K to the previous one, wrapping around; Enter then opens it. Alt+Shift+letter is
 * free in Chromium and Firefox on every OS and rare in pages; keys typed into a field never
 * count, and only trusted (user) key presses move anything.
 */
const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

export function badgeKeys(
  doc: Document,
  hosts: () => HTMLElement[],
  focus: (host: HTMLElement) => void,
  trusted: (e: Event) => boolean,
): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || !trusted(e)) return;
    // `code`, not `key`: Alt changes the letter on macOS and in some layouts.
    const step = e.code === 'KeyJ' ? 1 : e.code === 'KeyK' ? -1 : 0;
    if (step === 0) return;
    const at = e.composedPath()[0];
    if (at instanceof Element && at.closest(EDITABLE)) return;
    const list = hosts();
    if (list.length === 0) return;
    e.preventDefault();
    e.stopPropagation();
    const i = list.indexOf(doc.activeElement as HTMLElement);
    let next: number;
    if (i >= 0) next = (i + step + list.length) % list.length;
    else {
      // From the reading position: the first badge on screen or below, or the last above.
      const vh = doc.defaultView?.innerHeight ?? 0;
      next =
        step > 0
          ? Math.max(
              0,
              list.findIndex((x) => x.getBoundingClientRect().top >= 0),
            )
          : list.findLastIndex((x) => x.getBoundingClientRect().bottom <= vh);
      if (next < 0) next = list.length - 1;
    }
    focus(list[next]!);
  };
  doc.addEventListener('keydown', onKey, true);
  return () => doc.removeEventListener('keydown', onKey, true);
}
