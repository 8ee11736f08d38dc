import { render, h } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { StatusPill } from '../components/StatusPill';
import { sendMessage } from '../messaging/protocol';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'lykt-status',
      position: 'inline',
      anchor: 'body',
      onMount(container) {
        render(h(StatusPill, { version: null }), container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
    const reply = await sendMessage('ping', { from: 'content' });
    if (ui.mounted) render(h(StatusPill, { version: reply.version }), ui.mounted);
  },
});
