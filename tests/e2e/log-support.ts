import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../support/extension-browser';

/** A JSON log file for the log page's file control. */
export const logFile = (entries: unknown[], name = 'ads.json') => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({ format: 'lykt-log', version: 1, entries })),
});

/** Opens log.html in the chosen language and waits for its heading. */
export async function openLog(b: ExtensionBrowser, lang: 'English' | 'Norsk' = 'English') {
  const page: Page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/log.html`);
  await page.getByRole('button', { name: lang }).click();
  await page
    .getByRole('heading', { name: lang === 'English' ? 'Research log' : 'Forskningslogg' })
    .waitFor();
  return page;
}
