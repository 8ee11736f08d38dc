/**
 * What a popover asks the background for: the category notes (why a cue matters, what it cannot
 * tell; kept out of the content script's size budget, like the cards) and "Open the log".
 */
import { browser } from 'wxt/browser';
import { categoryNotes } from '../cards/category-info';
import { onMessage } from '../messaging/protocol';

export function registerPopoverHandlers(): void {
  onMessage('getCategoryNotes', ({ data }) => {
    if (data?.lang !== 'nb' && data?.lang !== 'en') throw new Error('unknown language');
    return categoryNotes(data.lang);
  });
  onMessage('openLog', async ({ sender }) => {
    const url = browser.runtime.getURL('/log.html');
    const tab = sender.tab;
    await browser.tabs.create(tab?.index === undefined ? { url } : { url, index: tab.index + 1 });
  });
}
