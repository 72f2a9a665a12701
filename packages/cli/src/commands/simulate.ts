import { SIMULATE_HELP } from "../help";
import { type CommandContext, parseCommandArgs } from "./context";

/** `contactkit simulate --bot-callback <url>` (placeholder until the simulator API lands). */
export async function simulateCommand(args: readonly string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommandArgs(args, { help: { type: "boolean", short: "h" } });
  if (values.help) {
    ctx.io.stdout.write(SIMULATE_HELP);
    return 0;
  }
  return 1;
}
