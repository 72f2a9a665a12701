/** `pnpm quickstart`: runs the quickstart and prints a summary; exits 0 when the guest reached an operator. */
import { runQuickstart } from "./quickstart";

const summary = await runQuickstart();
const webhookCount = Object.values(summary.webhooks).reduce((a, b) => a + b, 0);
console.log("\nsummary");
console.log(`  session ${summary.sessionId} ended up with: ${summary.finalState}`);
console.log(`  bot said: ${summary.botTexts.map((t) => JSON.stringify(t)).join(", ")}`);
console.log(`  call params: ${JSON.stringify(summary.callParams)}`);
console.log(
  `  webhooks received: ${webhookCount} (${Object.entries(summary.webhooks)
    .map(([t, n]) => `${t}×${n}`)
    .join(", ")})`,
);
console.log(
  `  bot callbacks: ${summary.callbacks.delivered} delivered, ${summary.callbacks.failed} failed, ${summary.callbacks.slow} slower than 2 s`,
);
console.log(`  done in ${(summary.durationMs / 1000).toFixed(1)} s`);
const ok = summary.finalState === "operator" && summary.callbacks.failed === 0 && webhookCount > 0;
process.exit(ok ? 0 : 1);
