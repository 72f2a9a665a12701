/**
 * Debian's Chromium driven by playwright-core (no browser download). In CI (`CI=true`) a missing Chromium is a
 * failure; elsewhere the browser tests skip with a message.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** The Chromium binary: `CONTACTKIT_CHROMIUM`, else Debian's. */
export const CHROMIUM_PATH = process.env.CONTACTKIT_CHROMIUM ?? "/usr/bin/chromium";
/** Whether the browser tests can run here. */
export const chromiumAvailable = existsSync(CHROMIUM_PATH);
/** CI must run them. */
export const chromiumRequired = process.env.CI === "true" || process.env.CONTACTKIT_REQUIRE_CHROMIUM === "1";

/** Launches a headless Chromium with a fresh profile; `close()` removes the profile. */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), "contactkit-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 900 },
    timeout: 60_000,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
