// The popover says when only the first SCAN_LIMIT characters of an ad were scanned (issue 19).
import { render } from 'preact';
import { afterEach, expect, it } from 'vitest';
import { AdBadge } from '../../content/AdBadge';
import { createEngine, SCAN_LIMIT } from '../../indicators';

afterEach(() => render(null, document.body));

it.each([
  ['en', '100,000 characters'],
  ['nb', '100 000 tegnene'],
] as const)('shows a short truncation notice in the popover (%s)', async (lang, words) => {
  const text = 'Young new girls every week, happy ending. '.repeat(SCAN_LIMIT / 20);
  const r = createEngine().scan({ text });
  expect(r.truncated).toBe(true);
  const props = { level: r.level, findings: r.indicators, lang, truncated: r.truncated };
  const io = {
    loadCards: () => Promise.resolve([]),
    onSave: () => new Promise<never>(() => {}),
    onDismiss: () => Promise.resolve(),
    onFine: () => Promise.resolve(),
    onOpenLog: () => Promise.resolve(),
    title: 'Ad',
    // happy-dom's click() is untrusted; the real-browser trust check has its own e2e test.
    trusted: () => true,
  };
  render(<AdBadge {...props} {...io} />, document.body);
  document.querySelector<HTMLButtonElement>('button.lykt-badge')!.click();
  await new Promise((ok) => setTimeout(ok, 0));
  expect(document.querySelector('.lykt-truncated')?.textContent?.replace(/\s/g, ' ')).toContain(
    words,
  );
  // An ad read in full has no notice.
  render(<AdBadge {...props} {...io} truncated={undefined} />, document.body);
  expect(document.querySelector('.lykt-truncated')).toBeNull();
});
