/**
 * The bot: greets, shows typing, asks mluvii which groups are online (awaiting the `GetAvailableGroupsResponse`
 * that arrives on the callback URL), sends a contact-details hero card, stores the submission as call params and
 * hands the guest to an operator.
 */
import { createMluviiApiClient, type MluviiApiClient } from "@contactkit/mluvii-api";
import { createMluviiBot, type MluviiBot, mluviiHtml } from "@contactkit/mluvii-chatbot";

/** The hero card the simulator's tenant defines for contact details. */
export const CONTACT_CARD_ID = 1;

export function createQuickstartBot(api: MluviiApiClient, chatbotId: number, log: (line: string) => void): MluviiBot {
  const bot = createMluviiBot({ chatbotId, api });

  bot.on("Text", async ({ sessionId, text }) => {
    log(`bot      ← guest says "${text}"`);
    await bot.typing(sessionId);
    await bot.text(sessionId, mluviiHtml`Hello! Let me see who can help you.`);
    const { availableGroups } = await bot.getAvailableGroups(sessionId);
    const online = (availableGroups ?? [])
      .filter((group) => group.groupState === "ONLINE")
      .map((group) => group.displayName);
    log(`bot      → GetAvailableGroups resolved: ${online.length ? online.join(", ") : "nobody"} online`);
    log("bot      → typing, replied, sending the contact-details hero card");
    await bot.sendHeroCard(sessionId, { heroCardId: CONTACT_CARD_ID });
  });

  bot.on("HeroCardSubmission", async ({ sessionId, params }) => {
    log(`bot      ← hero card submitted (${Object.keys(params ?? {}).join(", ")})`);
    await bot.setCallParams(sessionId, { contact_email: params?.oo1_guest_email ?? "" });
    log("bot      → call params set; handing off to an operator");
    await bot.text(sessionId, "Thank you! An operator will be with you in a moment.");
    await bot.handOff(sessionId);
  });

  bot.onError((error) => log(`bot      ! ${error instanceof Error ? error.message : String(error)}`));
  return bot;
}

export { createMluviiApiClient };
