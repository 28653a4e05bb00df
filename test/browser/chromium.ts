/**
 * One way to start Debian's Chromium for every browser test: headless, as root in a sandbox,
 * with nothing reaching the closed network on its own (background networking, component
 * updates, sync, QUIC), and shared memory in /tmp rather than /dev/shm, which a CI container
 * may keep at 64 MB — too small for a page that runs a 4.8 MB script, whose renderer then
 * dies and never paints.
 */
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}
