import { describe, expect, it } from 'vitest';
import { packageDir, renderNotices } from '../../tools/third-party-notices';

describe('third-party notices', () => {
  it('finds the package folder of a bundled module path', () => {
    expect(packageDir('/r/node_modules/preact/dist/preact.mjs')).toBe('/r/node_modules/preact');
    expect(packageDir('/r/node_modules/@webext-core/messaging/lib/index.js?v=1')).toBe(
      '/r/node_modules/@webext-core/messaging',
    );
    expect(packageDir('\0/r/node_modules/a/node_modules/b/x.js')).toBe(
      '/r/node_modules/a/node_modules/b',
    );
    expect(packageDir('/r/components/SafeHtml.tsx')).toBeNull();
    expect(packageDir('\0vite/preload-helper.js')).toBeNull();
  });

  it('renders one section per package, sorted by name', () => {
    const text = renderNotices([
      { name: 'b', version: '2.0.0', license: 'ISC', text: 'ISC text' },
      { name: 'a', version: '1.0.0', license: 'MIT', text: 'MIT text' },
    ]);
    expect(text.indexOf('a 1.0.0 (MIT)\n\nMIT text')).toBeLessThan(text.indexOf('b 2.0.0 (ISC)'));
  });
});
