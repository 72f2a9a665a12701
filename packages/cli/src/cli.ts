import { createRequire } from "node:module";
import { runCli } from "./run";

// dist/cli.js and src/cli.ts both sit one level below the package root.
const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

// `simulate`, `replay` and `listen` stop gracefully on the first SIGINT/SIGTERM (closing the server, finishing the
// current request); a second one exits at once. Other commands keep Node's default: exit immediately.
const controller = new AbortController();
const [command] = process.argv.slice(2);
if (command === "simulate" || command === "replay" || command === "listen") {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (controller.signal.aborted) process.exit(130);
      controller.abort();
    });
  }
}

// `contactkit inspect … | head` closes stdout early: stop quietly instead of crashing with EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
  version,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`contactkit: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
