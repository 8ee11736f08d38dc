/** Whether `npm start` can open a visible browser window here. LYKT_HEADLESS=1 forces headless. */
export function hasDisplay(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (env.LYKT_HEADLESS === '1' || env.LYKT_HEADLESS === 'true') return false;
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** How to get a browser, for the "no browser found" message. */
export function installHint(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin')
    return 'Install Chromium (`brew install --cask chromium`) or set CHROMIUM_PATH to a Chromium binary.';
  if (platform === 'win32')
    return 'Install Chromium or Chrome, then set CHROMIUM_PATH to its chrome.exe.';
  return 'Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`; Fedora: `sudo dnf install chromium`) or set CHROMIUM_PATH to a Chromium binary.';
}
