/**
 * Keeps other web pages out of the control API: a page on another site that the developer has open could POST to
 * 127.0.0.1 (cross-site request) or reach it through a rebound DNS name. Only requests addressed to a loopback host
 * name, and — when the browser says where they come from — from the emulator's own origin, are served.
 */
import type { IncomingMessage } from "node:http";

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/** Whether a control-API request may be served. */
export function isTrustedRequest(req: IncomingMessage): boolean {
  const host = req.headers.host ?? "";
  if (!LOOPBACK.test(host)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true; // curl, scripts, the terminal chat, same-origin GETs
  return origin === `http://${host}`;
}
