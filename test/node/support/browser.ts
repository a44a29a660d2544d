/**
 * Debian's Chromium driven headless by playwright-core. Nothing downloads a browser: the binary is
 * the system's (/usr/bin/chromium, installed by .ci/run with apt-get) and every flag that would
 * reach the network (updates, sync, background fetches, QUIC) is off. Each launch gets a fresh
 * profile: playwright's launch() refuses a --user-data-dir flag and instead starts Chromium with a
 * new temporary --user-data-dir of its own, deleted when the browser closes.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_INSTALL = 'sudo apt-get install -y --no-install-recommends chromium';

/** null when Debian's Chromium is here, else what is missing and how to install it. */
export const missingChromium = (): string | null => (existsSync(CHROMIUM) ? null : `Falta ${CHROMIUM}: ${CHROMIUM_INSTALL}`);

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, timeout: 60_000 });
}
