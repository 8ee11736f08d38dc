/** Keyboard shortcuts (manifest `commands`): toggling highlights flips the stored setting. */
import { browser } from 'wxt/browser';
import { updateSettings } from '../settings/store';

export const TOGGLE_HIGHLIGHTS = 'toggle-highlights';

export function registerCommands(): void {
  browser.commands?.onCommand.addListener((command) => {
    if (command !== TOGGLE_HIGHLIGHTS) return;
    updateSettings((s) => ({ ...s, highlights: !s.highlights })).catch((err: unknown) =>
      console.warn('[lykt] could not toggle highlights', err),
    );
  });
}
