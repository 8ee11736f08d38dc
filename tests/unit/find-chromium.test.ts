import { describe, expect, it } from 'vitest';
import { findChromium } from '../support/find-chromium';

describe('findChromium', () => {
  it('fails with install instructions when CHROMIUM_PATH points nowhere', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(
      /no file is there/,
    );
  });
  it('uses CHROMIUM_PATH when it exists', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });
});
