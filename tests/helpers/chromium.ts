/**
 * Debian's Chromium, launched as ENVIRONMENT.md says works on these machines (Playwright cannot
 * download its own browsers here): for playwright.config.ts and for scripts that drive a browser
 * themselves (scripts/bench-soak.ts).
 */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};
