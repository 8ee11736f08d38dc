import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export type PopupProps = Record<string, never>;

export function Popup(_props: PopupProps) {
  const [version, setVersion] = useState('');
  useEffect(() => setVersion(browser.runtime.getManifest().version), []);
  return (
    <main>
      <h1>Lykt {version}</h1>
      <p>Indicators are a reason to look closer, never a verdict.</p>
    </main>
  );
}
