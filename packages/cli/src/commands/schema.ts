import { relative, resolve } from "node:path";
import { SCHEMA_HELP } from "../help";
import { exportSchemas } from "../schema-export";
import { type CommandContext, parseCommandArgs, UsageError } from "./context";

/** `contactkit schema --out <dir>`. */
export async function schemaCommand(args: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: "string", short: "o" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    ctx.io.stdout.write(SCHEMA_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument "${positionals[0]}"; did you mean --out ${positionals[0]}?`);
  if (values.out === undefined || values.out === "")
    throw new UsageError("give the directory to write to with --out <dir>");
  const outDir = resolve(ctx.cwd, values.out);
  let result: Awaited<ReturnType<typeof exportSchemas>>;
  try {
    result = await exportSchemas(outDir);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = typeof code === "string" ? ` (${code})` : error instanceof Error ? `: ${error.message}` : "";
    ctx.io.stderr.write(
      `contactkit schema: could not write to ${values.out}${why}; check that it is a writable directory\n`,
    );
    return 1;
  }
  for (const family of result.index.families) {
    ctx.io.stdout.write(`${ctx.out.green("✓")} ${family.vendor} ${family.family}: ${family.events.length} schemas\n`);
  }
  const fromCwd = relative(ctx.cwd, outDir);
  const shown = fromCwd === "" ? "." : fromCwd.startsWith("..") ? outDir : fromCwd;
  ctx.io.stdout.write(`wrote ${result.files.length - 1} schemas and ${shown}/index.json\n`);
  return 0;
}
