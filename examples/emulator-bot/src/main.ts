/** `pnpm emulator`: the emulator with the scripted demo bot. Open the printed URL and chat as the guest. */
import { startEmulatorDemo } from "./demo";

const preferred = Number(process.env.EMULATOR_PORT ?? 8123);
const demo = await startEmulatorDemo({ port: preferred, log: (line) => console.log(`  ${line}`) }).catch(
  (error: { code?: string }) => {
    if (error.code !== "EADDRINUSE") throw error;
    console.log(`port ${preferred} is in use; using a free one`);
    return startEmulatorDemo({ log: (line) => console.log(`  ${line}`) });
  },
);
console.log(`\ncontactkit emulator with the demo bot: open ${demo.url}\n`);
console.log(`  mluvii simulator  ${demo.sim.origin} (chatbot ${demo.sim.chatbotId})`);
console.log("  terminal chat     pnpm contactkit simulate --chat is the same against your own bot");
console.log("Press Ctrl-C to stop.");

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(130);
    stopping = true;
    void demo.stop().then(() => process.exit(0));
  });
}
