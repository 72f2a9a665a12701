/**
 * The emulator in a real browser (Debian's Chromium through playwright-core) with the scripted demo bot: greeting,
 * a button, a carousel, a hero card with validation, a file upload, a location, GetAvailableGroups under an injected
 * 429 visible in the inspector, the hand-off and the operator, the tenant, and a bot that sends script.
 * `CONTACTKIT_UPDATE_SCREENSHOTS=1` writes the screenshots to docs/emulator/ (shown in docs/emulator.md).
 */
import { mkdir, mkdtemp } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEmulatorUi } from "../../../packages/mluvii-simulator/scripts/build-ui.mjs";
import { type EmulatorDemo, startEmulatorDemo } from "../src/demo";
import { chromiumAvailable, chromiumRequired, launchChromium } from "./support/browser";

const WAIT = 20_000;

if (!chromiumAvailable && !chromiumRequired) {
  console.warn("emulator browser tests skipped: no Chromium at /usr/bin/chromium (set CONTACTKIT_CHROMIUM)");
}

describe.skipIf(!chromiumAvailable && !chromiumRequired)("the emulator in Chromium", () => {
  let demo: EmulatorDemo;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let shots: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!chromiumAvailable)
      throw new Error("CI must run the browser tests, but Chromium is missing: apt-get install chromium");
    await buildEmulatorUi();
    shots = process.env.CONTACTKIT_UPDATE_SCREENSHOTS
      ? fileURLToPath(new URL("../../../docs/emulator/", import.meta.url))
      : await mkdtemp(join(tmpdir(), "contactkit-emulator-shots-"));
    await mkdir(shots, { recursive: true });
    demo = await startEmulatorDemo();
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(WAIT);
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(demo.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  const pane = () => page.locator("section.pane").last();
  const bubble = (text: string | RegExp) => pane().locator("li.bubble", { hasText: text }).last();
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`) });
  const tab = (name: string) => page.getByRole("tab", { name: new RegExp(`^${name}`) }).click();
  const visible = (locator: Locator) => locator.waitFor({ state: "visible" });
  const exchanges = (activity: string) => demo.sim.transcript.filter({ activity }).length;
  /** Starts a session from the page and waits for its pane, so that `pane()` is the new session's, not the last one's. */
  const startFromPage = async () => {
    const before = await page.locator("section.pane").count();
    await page.getByRole("button", { name: "Start a session" }).click();
    await page.locator("section.pane").nth(before).waitFor();
  };

  it("starts a session; the bot greets with HTML mluvii keeps and a button menu", async () => {
    await startFromPage();
    const greeting = bubble("demo bot");
    await visible(greeting);
    expect(await greeting.locator("strong").textContent()).toBe("contactkit");
    expect(await greeting.locator("em").textContent()).toBe("Try the buttons.");
    await visible(pane().getByRole("button", { name: "Find a store" }));
    await shot("chat");
  });

  it("a carousel choice sends the button's value as the guest's Text", async () => {
    await pane().getByRole("button", { name: "Find a store" }).last().click();
    const second = pane().locator(".cards.carousel .card").nth(1);
    await visible(second);
    await second.getByRole("button", { name: "Choose this store" }).click();
    await visible(bubble("Brno — Centre"));
    const clicks = demo.sim.transcript.filter(
      (e) => e.route === "bot-callback" && (e.requestBody as { text?: string }).text === "store:2",
    );
    expect(clicks).toHaveLength(1);
    await shot("carousel");
  });

  it("a hero card is a form with validation, submit and the bot's answer", async () => {
    await pane().getByRole("button", { name: "Leave my contact" }).last().click();
    const form = pane().getByRole("form", { name: "Hero card Contact details" });
    await visible(form);
    await form.getByRole("button", { name: "Submit" }).click();
    await visible(form.getByText("Required."));
    await form.getByLabel("E-mail").fill("not-an-address");
    await form.getByRole("button", { name: "Submit" }).click();
    await visible(form.getByText("Not an e-mail address."));
    await shot("hero-card");
    expect(exchanges("HeroCardSubmission")).toBe(0);
    await form.getByLabel("E-mail").fill("jana@example.com");
    await form.getByLabel("Phone").fill("+420 777 123 456");
    await form.getByRole("button", { name: "Submit" }).click();
    await visible(bubble("we will write to"));
    expect(await bubble("we will write to").locator("strong").textContent()).toBe("jana@example.com");
    const [submission] = demo.sim.transcript.filter({ route: "bot-callback", activity: "HeroCardSubmission" });
    expect((submission?.requestBody as { params?: unknown } | undefined)?.params).toEqual({
      oo1_guest_email: "jana@example.com",
      oo1_guest_phone: "+420 777 123 456",
    });
  });

  it("uploads a file into the bot's upload prompt; the bot can download it", async () => {
    await pane().getByRole("button", { name: "Send a document" }).last().click();
    await visible(pane().getByText("The bot asks for a file."));
    await pane()
      .locator('input[type="file"]')
      .setInputFiles({ name: "invoice.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 demo") });
    await visible(bubble("I got your document"));
    const [answer] = demo.sim.transcript.filter({ activity: "ChatbotOpenFileUploadPromptResponse" });
    const fileUrl = (answer?.requestBody as { fileUrl?: string } | undefined)?.fileUrl ?? "";
    expect(fileUrl).toMatch(/\/_emulator\/files\/[\w-]+\/invoice\.pdf$/);
    expect(await (await fetch(fileUrl)).text()).toBe("%PDF-1.4 demo");
  });

  it("shares a location after the bot asked for it", async () => {
    await pane().getByRole("button", { name: "Share my location" }).last().click();
    await visible(pane().getByText("The bot asks for your location."));
    await pane().getByRole("button", { name: "Share", exact: true }).click();
    await visible(bubble("the nearest store is"));
  });

  it("a 429 injected from the Faults tab shows in the inspector; GetAvailableGroups still succeeds; hand-off to an operator", async () => {
    await tab("Faults");
    await page.getByRole("button", { name: "429 on the next GetAvailableGroups" }).click();
    await visible(page.getByText("chatbot-activity status 429 Retry-After 1 (GetAvailableGroups) ×1"));
    await shot("faults");
    await tab("Chat");
    await pane().getByRole("button", { name: "Talk to a person" }).last().click();
    await visible(bubble("Online now: Support"));
    await visible(pane().getByText("Katka joined the chat."));
    await visible(pane().locator(".state-operator"));
    expect(demo.sim.transcript.filter({ activity: "GetAvailableGroups", status: 429 })).toHaveLength(1);
    expect(demo.sim.transcript.filter({ activity: "GetAvailableGroupsResponse", status: 200 })).toHaveLength(1);

    await pane()
      .getByLabel(/Write as Katka/)
      .fill("Hello, I am Katka. How can I help?");
    await pane().getByRole("button", { name: "Send", exact: true }).last().click();
    await visible(bubble("I am Katka"));
    await shot("operator");

    await tab("Inspector");
    const faultRow = page.locator("tr", { hasText: "fault status:429" });
    await visible(faultRow);
    await faultRow.getByRole("button").click();
    await visible(page.getByText("Injected fault: status:429"));
    await shot("inspector");
  });

  it("the tenant tab switches a group offline; the bot then finds nobody online", async () => {
    await tab("Tenant");
    await page.getByLabel("State of Support").selectOption("OFFLINE");
    // Expressions run in the page (strings: this file is type-checked without the DOM library).
    await page.waitForFunction("document.querySelector('#group-1')?.value === 'OFFLINE'");
    expect(demo.sim.data.groups.find((g) => g.groupId === 1)?.groupState).toBe("OFFLINE");
    await shot("tenant");
    await tab("Chat");
    await startFromPage();
    await visible(pane().getByRole("button", { name: "Talk to a person" }));
    await pane().getByRole("button", { name: "Talk to a person" }).click();
    await visible(bubble("nobody is online"));
  });

  it("runs no script a bot sends, shows what mluvii drops, and shows an invalid activity's typed error", async () => {
    const session = await demo.sim.startSession();
    await demo.sim.idle();
    const post = (body: unknown) =>
      fetch(`${demo.sim.origin}/api/v1/Chatbot/${demo.sim.chatbotId}/activity`, {
        method: "POST",
        headers: { authorization: `Bearer ${demo.sim.issueToken()}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const evil =
      '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><strong onclick="window.__xss=4">bold</strong> ' +
      '<a href="javascript:window.__xss=3">link</a> <svg onload="window.__xss=5"></svg><iframe src="javascript:window.__xss=6"></iframe>';
    expect((await post({ activity: "Text", sessionId: session.id, text: evil })).status).toBe(200);
    expect((await post({ activity: "Text", sessionId: session.id })).status).toBe(400);
    const message = page.locator(`section.pane[data-session="${session.id}"] li.bubble`, { hasText: "bold" });
    await visible(message);
    await message.locator(".bubble-text a").click();
    await message.locator("strong").click();
    expect(await page.evaluate("typeof window.__xss")).toBe("undefined");
    expect(await message.locator("img, script, svg, iframe, [onclick], [onerror]").count()).toBe(0);
    expect(await message.locator(".bubble-text a").getAttribute("href")).toBeNull();
    const dropped = await message.locator(".dropped").textContent();
    for (const part of ["<img>", "<script>", "<svg>", "<iframe>", "onclick on <strong>", "javascript: link"]) {
      expect(dropped).toContain(part);
    }
    await tab("Inspector");
    await page.getByRole("checkbox", { name: "problems only" }).check();
    const invalid = page.locator("tr.invalid-row").first();
    await visible(invalid);
    await invalid.getByRole("button").click();
    await visible(page.locator(".invalid", { hasText: "$.text" }));
    await page.getByRole("checkbox", { name: "problems only" }).uncheck();
  });

  it("works from the keyboard: arrow keys move between tabs, Enter sends the guest's message", async () => {
    await tab("Chat");
    await page.getByRole("tab", { name: "Chat" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("tab", { name: /^Inspector/ }).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowLeft");
    expect(await page.getByRole("tab", { name: "Chat" }).getAttribute("aria-selected")).toBe("true");
    await pane().getByLabel("Message as the guest").focus();
    await page.keyboard.type("typed with the keyboard");
    await page.keyboard.press("Enter");
    await visible(bubble("You said: typed with the keyboard"));
  });

  it("marks a callback the bot answered later than 2 seconds (mluvii's rule)", async () => {
    const slow = createServer((req, res) => {
      req.resume();
      setTimeout(() => res.end(), 2_300);
    });
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    try {
      await demo.sim.setBotCallbackUrl(`http://127.0.0.1:${(slow.address() as AddressInfo).port}/slow`); // pings it
    } finally {
      await demo.sim.setBotCallbackUrl(demo.botCallbackUrl);
      slow.closeAllConnections();
      slow.close();
    }
    await tab("Inspector");
    const row = page.locator("tr", { hasText: "2 s rule" }).first();
    await visible(row);
    await row.getByRole("button").click();
    await visible(page.getByText(/2-second rule: the bot answered after \d+ ms/));
    await tab("Chat");
  });

  it("a session started by a script while the page's own start is still answering keeps its pane", async () => {
    await tab("Chat");
    // The page's start answers only after the bot answered ConversationStarted: hold that answer back 1.5 s.
    demo.sim.faults.inject({ route: "bot-callback", kind: "latency", ms: 1_500, activity: "ConversationStarted" });
    const started = page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/_emulator/api/sessions",
    );
    await page.getByRole("button", { name: "Start a session" }).click();
    const fromScript = await demo.sim.startSession();
    const scriptPane = page.locator(`section.pane[data-session="${fromScript.id}"]`);
    await visible(scriptPane);
    const fromPage = (await (await started).json()) as { id: number };
    await visible(page.locator(`section.pane[data-session="${fromPage.id}"]`));
    // Both panes stay open once the page has handled its own answer.
    await page.evaluate("new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)))");
    expect(await scriptPane.count()).toBe(1);
  });

  it("is readable at 400 px wide", async () => {
    await tab("Chat");
    await page.setViewportSize({ width: 400, height: 860 });
    const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
    expect(overflow).toBeLessThanOrEqual(0);
    await shot("narrow");
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(pageErrors).toEqual([]);
  });
});
