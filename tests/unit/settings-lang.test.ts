import { describe, expect, it } from 'vitest';
import { browserUiLang, resolveUiLang } from '../../settings/i18n';
import { DEFAULT_SETTINGS, validateSettings } from '../../settings/store';

describe('UI language', () => {
  it('is bokmål for a Norwegian browser (nb, nn, no and regions), English otherwise', () => {
    for (const l of ['nb', 'nb-NO', 'nn-NO', 'no', 'NO_no', 'NB'])
      expect(browserUiLang([l, 'en']), l).toBe('nb');
    for (const l of ['en-US', 'sv-SE', 'da', 'de', 'nl', 'non', 'nbx', ''])
      expect(browserUiLang([l]), l).toBe('en');
    expect(browserUiLang([])).toBe('en');
    // The browser's first language decides, not one further down the list.
    expect(browserUiLang(['en-GB', 'nb'])).toBe('en');
  });

  it('follows the browser until the user picks one', () => {
    expect(DEFAULT_SETTINGS.uiLang).toBe('auto');
    expect(resolveUiLang('auto', ['nb-NO'])).toBe('nb');
    expect(resolveUiLang('auto', ['en-US'])).toBe('en');
    expect(resolveUiLang('en', ['nb-NO'])).toBe('en');
    expect(resolveUiLang('nb', ['en-US'])).toBe('nb');
  });

  it('keeps a stored pick, and resets only a broken value', () => {
    for (const uiLang of ['auto', 'nb', 'en'] as const)
      expect(validateSettings({ ...DEFAULT_SETTINGS, uiLang })).toEqual({
        settings: { ...DEFAULT_SETTINGS, uiLang },
        reset: [],
      });
    expect(validateSettings({ ...DEFAULT_SETTINGS, uiLang: 'de' }).reset).toEqual(['uiLang']);
  });
});
