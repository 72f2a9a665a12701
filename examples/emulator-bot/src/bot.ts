/**
 * A scripted bot that shows every kind of message the emulator renders: a greeting with buttons, a carousel, a
 * hero card (form), a file-upload prompt, a location request, GetAvailableGroups and a hand-off.
 */
import { createMluviiBot, type MluviiBot, type MluviiChatbotTransport, mluviiHtml } from "@contactkit/mluvii-chatbot";

/** The hero card the simulator's default tenant defines for contact details. */
export const CONTACT_CARD_ID = 1;

/** The main menu; each button's value comes back as the guest's `Text` when clicked. */
export const MENU = [
  { title: "Talk to a person", value: "person" },
  { title: "Find a store", value: "stores" },
  { title: "Leave my contact", value: "contact" },
  { title: "Send a document", value: "upload" },
  { title: "Share my location", value: "location" },
] as const;

/** The stores of the carousel. */
export const STORES = [
  { id: 1, title: "Prague — Karlín", subtitle: "Křižíkova 12, Praha 8" },
  { id: 2, title: "Brno — Centre", subtitle: "Masarykova 3, Brno" },
  { id: 3, title: "Plzeň — Slovany", subtitle: "Slovanská 40, Plzeň" },
] as const;

/** Options of {@link createEmulatorBot}. */
export interface EmulatorBotOptions {
  /** The mluvii Public API (the simulator's origin and credentials, or a client). */
  readonly api: MluviiChatbotTransport | { origin: string; credentials: { clientId: string; clientSecret: string } };
  readonly chatbotId: number;
  /** Where the bot serves its store pictures (`<imageBase>/store-1.svg`); no pictures when absent. */
  readonly imageBase?: string;
  readonly log?: (line: string) => void;
}

/** Creates the scripted bot. */
export function createEmulatorBot(options: EmulatorBotOptions): MluviiBot {
  const log = options.log ?? (() => {});
  const bot = createMluviiBot({ chatbotId: options.chatbotId, api: options.api });

  const menu = (sessionId: number, title = "What can I do for you?") =>
    bot.sendButtons(sessionId, { title, buttons: MENU.map((b) => ({ ...b })) });

  bot.on("ConversationStarted", async ({ sessionId }) => {
    await bot.typing(sessionId);
    await bot.text(sessionId, "Hi, I am the <strong>contactkit</strong> demo bot. <em>Try the buttons.</em>");
    await menu(sessionId);
  });

  bot.on("Text", async ({ sessionId, text: received }) => {
    const text = received ?? ""; // mluvii's model allows a null text
    log(`guest ${sessionId}: ${text}`);
    const store = /^store:(\d+)$/.exec(text);
    if (store) {
      const picked = STORES.find((s) => s.id === Number(store[1]));
      await bot.text(sessionId, mluviiHtml`Great, see you in <strong>${picked?.title ?? "our store"}</strong>.`);
      return;
    }
    switch (text) {
      case "person": {
        await bot.typing(sessionId);
        const { availableGroups } = await bot.getAvailableGroups(sessionId);
        const online = (availableGroups ?? []).filter((g) => g.groupState === "ONLINE");
        if (online.length === 0) {
          await bot.text(sessionId, "Sorry, nobody is online right now.");
          return;
        }
        await bot.text(
          sessionId,
          mluviiHtml`Online now: ${online.map((g) => g.displayName).join(", ")}. Connecting you…`,
        );
        await bot.handOff(sessionId);
        return;
      }
      case "stores":
        await bot.sendCarousel(
          sessionId,
          STORES.map((s) => ({
            title: s.title,
            subtitle: s.subtitle,
            ...(options.imageBase ? { images: [{ url: `${options.imageBase}/store-${s.id}.svg` }] } : {}),
            buttons: [{ type: "imBack" as const, title: "Choose this store", value: `store:${s.id}` }],
          })),
        );
        return;
      case "contact": {
        const sent = await bot.sendHeroCard(sessionId, { heroCardId: CONTACT_CARD_ID });
        if (!sent.success) await bot.text(sessionId, "The contact form is not available.");
        return;
      }
      case "upload": {
        await bot.text(sessionId, "Please send me the document.");
        const answer = await bot.openFileUploadPrompt(sessionId);
        await bot.text(
          sessionId,
          answer.canceledByGuest || !answer.fileUrl
            ? "No document, no problem."
            : mluviiHtml`Thanks, I got your document.`,
        );
        return;
      }
      case "location":
        await bot.requestLocation(sessionId, "Where are you? Share your location and I will find the nearest store.");
        return;
      default:
        await bot.text(sessionId, mluviiHtml`You said: <em>${text}</em>`);
        await menu(sessionId, "Anything else?");
    }
  });

  bot.on("HeroCardSubmission", async ({ sessionId, params }) => {
    await bot.setCallParams(sessionId, { contact_email: params?.oo1_guest_email ?? "" });
    await bot.text(
      sessionId,
      mluviiHtml`Thank you, we will write to <strong>${params?.oo1_guest_email ?? "you"}</strong>.`,
    );
    await menu(sessionId, "Anything else?");
  });

  bot.on("GuestFileUpload", async ({ sessionId }) => {
    await bot.text(sessionId, "Thanks for the file.");
  });

  bot.on("GuestLocation", async ({ sessionId, latitude, longitude }) => {
    const nearest = latitude > 49.5 ? STORES[0] : STORES[1];
    await bot.text(
      sessionId,
      mluviiHtml`You are at ${latitude.toFixed(3)}, ${longitude.toFixed(3)}; the nearest store is ${nearest.title}.`,
    );
  });

  bot.onError((error) => log(`bot error: ${error instanceof Error ? error.message : String(error)}`));
  return bot;
}

/** A store picture (an SVG the bot serves itself, so the emulator works offline). */
export function storePicture(id: number): string {
  const hue = (id * 97) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="160" viewBox="0 0 320 160"><rect width="320" height="160" fill="hsl(${hue},55%,85%)"/><path d="M60 120V70l100-40 100 40v50z" fill="hsl(${hue},45%,45%)"/><rect x="140" y="85" width="40" height="35" fill="#fff"/><text x="16" y="30" font-family="sans-serif" font-size="20" fill="#1d2330">Store ${id}</text></svg>`;
}
