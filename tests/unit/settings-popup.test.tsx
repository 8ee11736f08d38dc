import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabSummary } from '../../messaging/protocol';
import { Popup } from '../../entrypoints/popup/Popup';
import { loadSettings, saveSettings, DEFAULT_SETTINGS } from '../../settings/store';

const SUMMARY: TabSummary = {
  url: 'https://ads.example/list?page=2',
  paused: false,
  scanned: 24,
  byLevel: { none: 15, low: 4, medium: 3, high: 2 },
  categories: { youth: 2, 'massage-sex': 5, movement: 1, labour: 0, 'trust-language': 3 },
  contacts: {},
};

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

// Stands in for the background's getTabSummary (@webext-core/messaging uses chrome's callback
// API, which the fake browser does not call back): each test sets what it answers.
let reply: TabSummary | null = null;
const asked: number[] = [];
const getSummary = async (tabId: number) => (asked.push(tabId), reply);

describe('Popup', () => {
  let root: HTMLElement;
  afterEach(() => {
    render(null, root);
  });
  beforeEach(async () => {
    fakeBrowser.reset();
    fakeBrowser.runtime.getManifest = () => ({
      manifest_version: 3,
      name: 'Lykt',
      version: '0.1.0',
    });
    asked.length = 0;
    await saveSettings({ ...DEFAULT_SETTINGS, uiLang: 'en' });
    // The fake browser has no current window and its create() ignores `active`: give it the tab.
    const tab = {
      id: 7,
      index: 0,
      windowId: 1,
      url: SUMMARY.url,
      active: true,
      highlighted: true,
      pinned: false,
      incognito: false,
    };
    fakeBrowser.tabs.query = async () => [tab];
    root = document.createElement('div');
    document.body.replaceChildren(root);
  });

  it("shows this page's summary from getTabSummary: scanned, flagged, levels, top categories", async () => {
    reply = SUMMARY;
    render(<Popup getSummary={getSummary} />, root);
    await until(() => root.querySelector('[data-testid=scanned]') !== null);
    expect(asked).toEqual([7]);
    expect(root.querySelector('[data-testid=scanned]')!.textContent).toBe('24');
    expect(root.querySelector('[data-testid=flagged]')!.textContent).toBe('5');
    expect([...root.querySelectorAll('.top-cats li')].map((li) => li.textContent)).toEqual([
      'Sex in a massage ad: 5',
      'Insists on being real: 3',
      'Youth: 2',
    ]);
    expect(root.querySelector('h2')!.textContent).toBe('This page: ads.example');
  });

  it('pauses and resumes this site through settings.pausedSites', async () => {
    reply = SUMMARY;
    render(<Popup getSummary={getSummary} />, root);
    const button = () => root.querySelector<HTMLButtonElement>('button.pause');
    await until(() => button()?.textContent === 'Pause on ads.example');
    button()!.click();
    await until(() => button()?.textContent === 'Resume on ads.example');
    expect((await loadSettings()).settings.pausedSites).toEqual(['ads.example']);
    button()!.click();
    await until(() => button()?.textContent === 'Pause on ads.example');
    expect((await loadSettings()).settings.pausedSites).toEqual([]);
  });

  it('says nothing was scanned when the background has no summary', async () => {
    reply = null;
    render(<Popup getSummary={getSummary} />, root);
    await until(() => root.textContent!.includes('No ads scanned on this page yet.'));
  });
});
