import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  settingsItem,
  settingsNoticeItem,
  noticeText,
  updateSettings,
} from '../../settings/store';
import type { Settings } from '../../settings/types';

const raw = () => fakeBrowser.storage.local.get(['settings', 'settings$']);

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives defaults on a fresh install, without a notice', async () => {
    const { settings, notice } = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice).toBeNull();
  });

  it('round-trips saved settings and stamps the schema version', async () => {
    const mine: Settings = {
      ...DEFAULT_SETTINGS,
      langs: ['en', 'sv'],
      badgeLevel: 'high',
      neverRunOn: ['example.org'],
      customTerms: [{ term: 'ny i byen', category: 'movement', weight: 2 }],
    };
    await saveSettings(mine);
    expect((await loadSettings()).settings).toEqual(mine);
    const stored = await raw();
    expect(stored['settings$']).toEqual({ v: 2 });
  });

  it('refuses to save an invalid value and keeps the stored one', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, badgeLevel: 'high' });
    const bad = { ...DEFAULT_SETTINGS, badgeLevel: 'none' } as unknown as Settings;
    await expect(saveSettings(bad)).rejects.toThrow(/badgeLevel/);
    expect((await loadSettings()).settings.badgeLevel).toBe('high');
  });

  it('migrates the v1 draft shape to v2', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        lang: 'en',
        minLevel: 'low',
        blockedSites: ['finn.no'],
        terms: [{ term: 'VIP girls', category: 'third-party' }],
      },
    });
    await settingsItem.migrate();
    const { settings, notice } = await loadSettings();
    expect(notice).toBeNull();
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      langs: ['en'],
      badgeLevel: 'low',
      neverRunOn: ['finn.no'],
      customTerms: [{ term: 'VIP girls', category: 'third-party', weight: 1 }],
      uiLang: 'en',
    });
    expect((await raw())['settings$']).toEqual({ v: 2 });
  });

  it('repairs broken fields, keeps the good ones, and says so in en and nb', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, badgeLevel: 'extreme', langs: 'nb', uiLang: 'en', evil: 1 },
      settings$: { v: 2 },
    });
    const { settings, notice, noticeKey } = await loadSettings();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, uiLang: 'en' });
    expect(notice).toBe(
      'Your settings were damaged and have been reset to defaults (langs, badgeLevel).',
    );
    expect(noticeText(noticeKey!, 'nb')).toMatch(/^Innstillingene var skadet/);
    // The repair is written back and the notice kept for the pages to show.
    expect((await raw())['settings']).toEqual(settings);
    expect(await settingsNoticeItem.getValue()).toEqual(noticeKey);
    expect((await loadSettings()).notice).toBeNull();
  });

  it.each([['garbage'], [42], [[1, 2]], [{ customTerms: [{ term: '' }] }]])(
    'falls back to defaults for a corrupt value %j',
    async (value) => {
      await fakeBrowser.storage.local.set({ settings: value, settings$: { v: 2 } });
      const { settings, notice } = await loadSettings();
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(notice).toMatch(/reset to defaults/);
    },
  );

  it('survives a newer stored schema (downgrade) by validating what is there', async () => {
    await fakeBrowser.storage.local.set({ settings: { future: true }, settings$: { v: 9 } });
    await settingsItem.migrate().catch(() => undefined);
    const { settings, notice } = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice).not.toBeNull();
  });

  it('updateSettings applies a change to the stored value and validates it', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, pausedSites: ['a.no'] });
    await updateSettings((s) => ({ ...s, highlights: !s.highlights }));
    expect((await loadSettings()).settings).toMatchObject({
      highlights: false,
      pausedSites: ['a.no'],
    });
    await expect(updateSettings((s) => ({ ...s, pausedSites: ['not a host'] }))).rejects.toThrow(
      /pausedSites/,
    );
    expect((await loadSettings()).settings.pausedSites).toEqual(['a.no']);
  });

  it('never lets callers mutate the defaults', async () => {
    const { settings } = await loadSettings();
    settings.langs.push('da');
    expect(DEFAULT_SETTINGS.langs).toEqual(['nb', 'en']);
  });
});
