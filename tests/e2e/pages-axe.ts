import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };

/** axe-core run inside the page (CDP evaluation, so the extension's strict CSP stays on). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe.run();
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
