/** The background's copy of the settings, kept fresh by the storage item's watcher. */
import { loadSettings, settingsItem, validateSettings } from '../settings/store';
import type { Settings } from '../settings/types';

let current: Promise<Settings> | null = null;

export function getSettings(): Promise<Settings> {
  current ??= loadSettings().then((r) => r.settings);
  return current;
}

export function watchSettings(onChange: (s: Settings) => void): void {
  settingsItem.watch((next) => {
    const settings = validateSettings(next).settings;
    current = Promise.resolve(settings);
    onChange(settings);
  });
}
