/**
 * In-page badge checks shared by the Chromium tests (badge-access.ts over CDP) and the Firefox
 * tests (firefox-browser.ts over WebDriver BiDi): one check, two drivers.
 */
import { expect } from 'vitest';
import type { PopoverState } from './badge-reads';

export interface BadgeDriver {
  openBadge(i: number, via: 'mouse' | 'keyboard'): Promise<void>;
  readPopover(i: number): Promise<PopoverState>;
  clickSave(i: number): Promise<void>;
  /** A trusted key press on the page. */
  press(key: string): Promise<void>;
}

/** Badge i by mouse: words, cards from the background, "Save to log" answered, Escape closes. */
export async function checkPopoverByMouse(d: BadgeDriver, i = 0): Promise<void> {
  await d.openBadge(i, 'mouse');
  const popover = () => d.readPopover(i);
  await expect.poll(async () => (await popover()).open).toBe(true);
  expect((await popover()).expanded).toBe('true');
  await expect.poll(async () => (await popover()).cards).toBeGreaterThan(0);
  expect((await popover()).indicators).toBeGreaterThan(0);
  // "Lagret"/"Saved" is the background's answer: the ad went into its IndexedDB log.
  await d.clickSave(i);
  await expect.poll(async () => (await popover()).saveStatus).toMatch(/Lagret|Saved/);
  await d.press('Escape');
  await expect.poll(async () => (await popover()).open).toBe(false);
}

/** Badge i by keyboard: focus moves into the dialog, stays there on Tab, returns on Escape. */
export async function checkPopoverByKeyboard(d: BadgeDriver, i = 2): Promise<void> {
  await d.openBadge(i, 'keyboard');
  const popover = () => d.readPopover(i);
  await expect.poll(async () => (await popover()).open).toBe(true);
  expect((await popover()).focus).toBe('dialog');
  await d.press('Tab');
  expect((await popover()).focus).toBe('dialog');
  await d.press('Escape');
  await expect.poll(async () => (await popover()).open).toBe(false);
  expect((await popover()).focus).toBe('badge');
}
