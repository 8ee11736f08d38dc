/**
 * Settings through a WXT storage item with a schema version and migrations. Reading never
 * breaks the extension: a corrupt or unknown value is repaired to defaults and a notice is
 * kept (in `local:settingsNotice`) until the user dismisses it on the options page or popup.
 */
import { storage } from 'wxt/utils/storage';
import type { Settings } from './types';
import { DEFAULT_SETTINGS } from './defaults';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { t, type UiLang } from './strings';
import { validateSettings } from './validate';

export { DEFAULT_SETTINGS } from './defaults';
export { validateSettings, validateCustomTerm } from './validate';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export interface SettingsNotice {
  key: 'settingsReset' | 'settingsUnreadable';
  fields: string[];
}
export const settingsNoticeItem = storage.defineItem<SettingsNotice | null>(
  'local:settingsNotice',
  { fallback: null },
);

export function noticeText(n: SettingsNotice, lang: UiLang): string {
  return t(n.key, lang, { fields: n.fields.join(', ') });
}

export interface LoadedSettings {
  settings: Settings;
  /** English text of the repair notice, or null when the stored value was fine. */
  notice: string | null;
  /** The same notice as an i18n key (nb via `noticeText`). Additive to the contract. */
  noticeKey: SettingsNotice | null;
}

export async function loadSettings(): Promise<LoadedSettings> {
  let raw: unknown;
  let readable = true;
  try {
    raw = await settingsItem.getValue();
  } catch (err) {
    console.warn('[lykt] settings unreadable, using defaults', err);
    readable = false;
  }
  const { settings, reset } = readable
    ? validateSettings(raw)
    : { settings: structuredClone(DEFAULT_SETTINGS), reset: [] };
  if (readable && reset.length === 0) return { settings, notice: null, noticeKey: null };
  const noticeKey: SettingsNotice = readable
    ? { key: 'settingsReset', fields: reset }
    : { key: 'settingsUnreadable', fields: [] };
  console.warn('[lykt] settings repaired:', noticeKey);
  try {
    await settingsItem.setValue(settings);
    await settingsNoticeItem.setValue(noticeKey);
  } catch (err) {
    console.warn('[lykt] could not write repaired settings', err);
  }
  return { settings, notice: noticeText(noticeKey, 'en'), noticeKey };
}

/** Validates before writing; a value that would need repair is refused, never stored. */
export async function saveSettings(next: Settings): Promise<Settings> {
  const { settings, reset } = validateSettings(next);
  if (reset.length > 0) throw new Error(`Invalid settings fields: ${reset.join(', ')}`);
  await settingsItem.setValue(settings);
  return settings;
}

/** Merges a change into the stored settings (used by popup pause and options controls). */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const { settings } = await loadSettings();
  return saveSettings(change(settings));
}
