// The popup's "add all ads to an investigation" in bokmål, against the real log module over
// fake-indexeddb (a complete in-memory IndexedDB); through the real background, content script
// and IndexedDB in tests/e2e/investigate.e2e.ts.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AddToInvestigation } from '../../entrypoints/popup/AddToInvestigation';
import { addToInvestigation, listInvestigations } from '../../log/investigations';
import { deleteLog, listEntries, saveEntry } from '../../log/store';
import type { LogEntryInput } from '../../log/types';

const ad = (n: number): LogEntryInput => ({
  url: `https://ads.example/ad/${n}`,
  site: 'ads.example',
  title: `Annonse ${n}`,
  text: `Annonse ${n}: massasje i Oslo`,
  context: 'massage',
  level: 'none',
  score: 0,
  indicators: [],
  contacts: [],
});

/** Preact renders state changes after the event; a user's next event comes later too. */
const rendered = () => new Promise((r) => setTimeout(r, 20));
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('popup: add all ads on the page to an investigation (nb)', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    await deleteLog();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => render(null, root));

  it('fills in the last name, says what it did in bokmål, and undoes', async () => {
    const kept = await saveEntry({ ...ad(1), note: 'mitt notat' });
    await addToInvestigation('Sak Bergen', [ad(9)]);
    const page = [ad(1), ad(2), ad(3), ad(3)];
    render(
      <AddToInvestigation
        lang="nb"
        count={page.length}
        load={async () => ({
          names: (await listInvestigations()).map((n) => n.name),
          last: 'Sak Bergen',
        })}
        add={async (name) => ({
          ok: true,
          ...(await addToInvestigation(name, page)),
          refused: 0,
          dismissed: 0,
        })}
      />,
      root,
    );
    const input = root.querySelector<HTMLInputElement>('#invest-name')!;
    const button = root.querySelector<HTMLButtonElement>('button[type=submit]')!;
    const submit = () => root.querySelector('form')!.requestSubmit(button);
    expect(root.querySelector('label')!.textContent).toBe('Undersøkelse');
    expect(button.textContent).toBe('Legg alle 4 annonser på siden til undersøkelsen');
    await until(() => input.value === 'Sak Bergen');
    expect([...root.querySelectorAll('option')].map((o) => o.value)).toEqual(['Sak Bergen']);

    input.value = '  ';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await rendered();
    submit();
    await until(() => root.querySelector('[role=alert]') !== null);
    expect(root.querySelector('[role=alert]')!.textContent).toBe('Gi undersøkelsen et navn.');

    input.value = 'Sak Oslo';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await rendered();
    submit();
    const status = () => root.querySelector('[role=status]')!.textContent ?? '';
    await until(() => status().startsWith('La'));
    expect(status()).toBe(
      'La 2 nye til i \u2068Sak Oslo\u2069. 1 lagret fra før fikk navnet (notater beholdt). ' +
        '1 sto to ganger på siden og ble tatt med én gang.Angre',
    );
    expect(await listEntries()).toHaveLength(4);

    root.querySelector<HTMLButtonElement>('[role=status] button')!.click();
    await until(() => status().startsWith('Angret'));
    expect(status()).toBe('Angret: \u2068Sak Oslo\u2069 er som før.');
    const after = await listEntries();
    expect(after).toHaveLength(2);
    expect(after.find((e) => e.id === kept.id)).toEqual(kept);
  });
});
