import { afterEach, describe, expect, it } from 'vitest';
import { subHeadingAfter } from '../../content/heading-level';

/** A closed root on the `#host` span, as a badge has; returns a node inside it. */
function inBadge(html: string): Node {
  document.body.innerHTML = html;
  const root = document.getElementById('host')!.attachShadow({ mode: 'closed' });
  return root.appendChild(document.createElement('span'));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the popover sections’ heading level', () => {
  it.each([
    [
      'inside the ad’s h2',
      '<h1>Site</h1><article><h2><a>Ad</a><span id="host"></span></h2></article>',
      'h3',
    ],
    ['after an h1 title', '<h1>Ad</h1><div><p>x</p><span id="host"></span></div>', 'h2'],
    [
      'after the previous ad’s h3',
      '<section><article><h3>A</h3></article><article><p><span id="host"></span></p></article></section>',
      'h4',
    ],
    ['with no heading before it', '<p><span id="host"></span></p><h2>Later</h2>', 'h4'],
    ['under an h6', '<h6>Deep</h6><span id="host"></span>', 'h6'],
  ])('%s', (_, html, expected) => {
    expect(subHeadingAfter(inBadge(html))).toBe(expected);
  });
});
