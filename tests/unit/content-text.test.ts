import { describe, expect, it } from 'vitest';
import { extractText, rangeFor } from '../../content/text';

/** `depth` nested spans under `parent`, built top-down (happy-dom's insert of a deep tree recurses). */
function nest(parent: Element, depth: number, words: string): HTMLElement {
  const top = parent.appendChild(document.createElement('div'));
  let inner: Element = top;
  for (let i = 0; i < depth; i++) inner = inner.appendChild(document.createElement('span'));
  inner.textContent = words;
  return top;
}

describe('extractText: a walk the page cannot break', () => {
  it('reads text nested far deeper than the call stack goes', () => {
    const ad = document.createElement('article');
    ad.innerHTML = '<h2>Title</h2><p>first</p>';
    nest(ad, 30_000, 'deep words').style.display = 'none';
    ad.append(document.createElement('p'));
    ad.lastElementChild!.textContent = 'last';
    const map = extractText([ad]);
    expect(map.text).toBe('Title\nfirst\ndeep words\nlast\n');
    expect(map.nodes.map((n) => n.data)).toEqual(['Title', 'first', 'deep words', 'last']);
  });

  it('keeps the block breaks, skips, slots and order of the recursive walk', () => {
    const ad = document.createElement('article');
    ad.innerHTML =
      '<h2>A <b>bold</b> title</h2><ul><li>one</li><li>two</li></ul>' +
      '<script>x()</script><p hidden>gone</p><span>in</span><span>line</span>';
    expect(extractText([ad]).text).toBe('A bold title\none\ntwo\ninline\n');
  });

  it('reads at most `max` characters, measuring each text node before reading it', () => {
    const ad = document.createElement('article');
    ad.innerHTML = '<p>Young and fresh</p><p></p>';
    ad.lastElementChild!.append('y'.repeat(10_000_000));
    const t0 = performance.now();
    const map = extractText([ad], 1001);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(map.text).toHaveLength(1001);
    expect(map.text.startsWith('Young and fresh\ny')).toBe(true);
    // Offsets inside the cut still map back to the page.
    const r = rangeFor(map, 16, 20)!;
    expect(r.startContainer.data.length).toBe(10_000_000);
    expect([r.startOffset, r.endOffset]).toEqual([0, 4]);
  });
});
