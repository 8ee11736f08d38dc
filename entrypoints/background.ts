import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '../messaging/protocol';

export default defineBackground(() => {
  onMessage('ping', ({ data }) => ({
    version: browser.runtime.getManifest().version,
    receivedFrom: data.from,
  }));
});
