/** Preact hook over the settings item: loads (repairing if needed), follows changes from other
 * pages, and saves. Errors surface as text instead of breaking the page. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { resolveUiLang, type UiLang } from '../i18n';
import type { Settings } from '../types';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  settingsItem,
  settingsNoticeItem,
  type SettingsNotice,
} from '../store';

export interface SettingsState {
  settings: Settings;
  /** The UI language: the user's pick, else the browser's. */
  lang: UiLang;
  ready: boolean;
  notice: SettingsNotice | null;
  dismissNotice(): void;
  update(change: (s: Settings) => Settings): Promise<void>;
  error: string | null;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>(structuredClone(DEFAULT_SETTINGS));
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState<SettingsNotice | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadSettings()
      .then(async (r) => {
        setSettings(r.settings);
        setNotice(r.noticeKey ?? (await settingsNoticeItem.getValue()));
      })
      .catch((e: unknown) => setError(String(e)))
      .finally(() => setReady(true));
    return settingsItem.watch(() => void loadSettings().then((r) => setSettings(r.settings)));
  }, []);

  const update = useCallback(async (change: (s: Settings) => Settings) => {
    try {
      const { settings: current } = await loadSettings();
      setSettings(await saveSettings(change(current)));
      setError(null);
    } catch (e) {
      setError((e as Error).message ?? String(e));
    }
  }, []);

  const dismissNotice = useCallback(() => {
    setNotice(null);
    void settingsNoticeItem.setValue(null);
  }, []);

  const lang = resolveUiLang(settings.uiLang);
  useEffect(() => {
    if (ready) document.documentElement.lang = lang;
  }, [lang, ready]);

  return { settings, lang, ready, notice, dismissNotice, update, error };
}
