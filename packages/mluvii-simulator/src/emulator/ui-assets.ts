/**
 * The emulator's web UI: static files built by `scripts/build-ui.mjs` into `dist/ui/` (Preact + htm, bundled with
 * esbuild; no CDN, works offline). Node-only.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES: Record<string, string> = {
  "index.html": "text/html; charset=utf-8",
  "app.js": "text/javascript; charset=utf-8",
  "app.css": "text/css; charset=utf-8",
};

/**
 * The page may run only its own script and style: no inline script, no other origin. Bot HTML is rebuilt from an
 * inert parse (see the UI's `bot-html.ts`), and this policy is the second line of defence.
 */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: http: data:; connect-src 'self'; " +
  "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

/** Where the built UI is: `dist/ui` next to the bundled module, or the package's `dist/ui` when run from `src/`. */
export function findUiDirectory(): string | undefined {
  const here = fileURLToPath(new URL(".", import.meta.url));
  return [join(here, "ui"), join(here, "..", "..", "dist", "ui")].find((dir) => existsSync(join(dir, "index.html")));
}

const MISSING = `<!doctype html><meta charset="utf-8"><title>contactkit emulator</title>
<p>The emulator UI is not built. Run <code>pnpm --filter @contactkit/mluvii-simulator build</code> (or
<code>node packages/mluvii-simulator/scripts/build-ui.mjs</code>) and reload. The control API under
<code>/_emulator/api/</code> works without it.</p>`;

/** Serves `file` (`index.html`, `app.js`, `app.css`); `false` when it is not one of the UI's files. */
export async function serveUiFile(res: ServerResponse, file: string): Promise<boolean> {
  const type = TYPES[file];
  if (!type) return false;
  const dir = findUiDirectory();
  const headers = { "cache-control": "no-cache", "x-content-type-options": "nosniff", "content-security-policy": CSP };
  if (!dir) {
    if (file !== "index.html") return false;
    res.writeHead(503, { ...headers, "content-type": TYPES["index.html"] as string });
    res.end(MISSING);
    return true;
  }
  const body = await readFile(join(dir, file));
  res.writeHead(200, { ...headers, "content-type": type, "content-length": String(body.length) });
  res.end(body);
  return true;
}
