/**
 * The emulator's control API: JSON over HTTP under `/_emulator/api/` plus server-sent events, on the simulator's
 * own port. The web UI, the terminal chat (`contactkit simulate --chat`) and scripts drive sessions through it.
 * Documented in docs/emulator.md. Node-only.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type * as z from "zod";
import type { SimulatorContext } from "../context";
import { MluviiSimulatorRuleError } from "../errors";
import type { FaultHandle } from "../faults";
import { parseJson, readBody, sendJson } from "../http-util";
import type { SimulatedSession } from "../session";
import { viewOf } from "../session";
import type { SessionRecord } from "../session-record";
import type { Transcript } from "../transcript";
import { CAPTURE_KINDS, type CaptureKind, captureOf } from "./capture";
import { isTrustedRequest } from "./guard";
import * as inputs from "./inputs";
import type { EmulatorSnapshot, SimulatorInfo } from "./protocol";
import { EMULATOR_API_PREFIX } from "./protocol";
import type { EventHub } from "./sse";
import { serveUiFile } from "./ui-assets";
import type { UploadStore } from "./uploads";
import { dataView, exchangeView, faultView, maskUrl } from "./views";

/** What the control API drives. */
export interface ControlApiDeps {
  readonly ctx: SimulatorContext;
  readonly transcript: Transcript;
  readonly hub: EventHub;
  readonly uploads: UploadStore;
  readonly info: () => SimulatorInfo;
  readonly session: (id: number) => SimulatedSession | undefined;
  readonly startSession: (options: z.infer<typeof inputs.startSessionBody>) => Promise<SimulatedSession>;
  readonly faults: {
    inject(spec: ReturnType<typeof inputs.toFaultSpec>): FaultHandle;
    list(): FaultHandle[];
    clear(): void;
  };
  readonly expireTokens: () => void;
  readonly releaseHeld: () => void;
  readonly idle: () => Promise<void>;
  readonly ping: () => Promise<unknown>;
}

/** An answer: status and JSON body (or NDJSON text for exports). */
interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly text?: string;
}

const ok = (body?: unknown): Reply => ({ status: 200, body });
const notFound = (what = "No such route."): Reply => ({ status: 404, body: { error: what } });
const JSON_LIMIT = 1_048_576;
const UPLOAD_LIMIT = 10 * 1_048_576;

const SESSION_PATH = /^\/sessions\/(\d{1,15})(\/.*)?$/;
const FAULT_PATH = /^\/faults\/(\d{1,9})$/;
const FILE_PATH = /^\/_emulator\/files\/([\w-]{6,30})\/[^/]+$/;

/** Builds the control API; the returned function serves a request, or resolves `false` when the path is not its own. */
export function createControlApi(deps: ControlApiDeps) {
  const { ctx, hub } = deps;
  const pending = new Set<SessionRecord>();

  function snapshot(): EmulatorSnapshot {
    const sessions = [...ctx.sessions.values()].map((r) => viewOf(ctx, r));
    const entries = deps.transcript.entries;
    return {
      simulator: deps.info(),
      sessions,
      exchanges: entries.slice(-2_000).map(exchangeView),
      data: dataView(ctx.data),
      faults: deps.faults.list().map(faultView),
    };
  }

  /** Coalesces the many synchronous changes of one step into one `session` event per session. */
  function sessionChanged(record: SessionRecord): void {
    if (pending.has(record)) return;
    pending.add(record);
    setImmediate(() => {
      pending.delete(record);
      hub.broadcast("session", viewOf(ctx, record));
    });
  }

  deps.transcript.subscribe((entry) => {
    hub.broadcast("exchange", exchangeView(entry));
    if (entry.fault !== undefined) hub.broadcast("faults", deps.faults.list().map(faultView));
  });

  async function readJson(req: IncomingMessage, schema: z.ZodType): Promise<{ value: unknown } | Reply> {
    const raw = await readBody(req, JSON_LIMIT);
    if (raw === undefined) return { status: 413, body: { error: `The body is larger than ${JSON_LIMIT} bytes.` } };
    const text = raw.toString("utf8");
    // An empty body means "no options" (`curl -X POST …/leave`); a body must be declared JSON.
    if (text !== "" && !/^application\/json\b/i.test(req.headers["content-type"] ?? "")) {
      return { status: 415, body: { error: "Send JSON with Content-Type: application/json." } };
    }
    const parsed = text === "" ? { ok: true as const, value: {} } : parseJson(text);
    if (!parsed.ok) return { status: 400, body: { body: "The request body is not valid JSON." } };
    const result = schema.safeParse(parsed.value);
    if (!result.success) return { status: 400, body: inputs.problems(result.error) };
    return { value: result.data };
  }

  /** Runs a body-taking action: validates, runs, maps rule errors to 409. */
  async function act<S extends z.ZodType>(
    req: IncomingMessage,
    schema: S,
    run: (body: z.infer<S>) => Promise<Reply> | Reply,
  ): Promise<Reply> {
    const read = await readJson(req, schema);
    if (!("value" in read)) return read;
    try {
      return await run(read.value as z.infer<S>);
    } catch (error) {
      if (error instanceof MluviiSimulatorRuleError) return { status: 409, body: { error: error.message } };
      throw error;
    }
  }

  const delivered = (result: Awaited<ReturnType<SimulatedSession["guestSays"]>>) => ({
    delivery: result ? { delivered: result.delivered, status: result.status, attempts: result.attempts } : null,
  });

  async function sessionRoute(req: IncomingMessage, method: string, id: number, rest: string): Promise<Reply> {
    const session = deps.session(id);
    if (!session) return notFound(`Session ${id} does not exist.`);
    const route = `${method} ${rest || "/"}`;
    switch (route) {
      case "GET /":
        return ok(session.view());
      case "POST /messages":
        return act(req, inputs.messageBody, async (b) => ok(delivered(await session.guestSays(b.text))));
      case "POST /click":
        return act(req, inputs.clickBody, async (b) =>
          ok(delivered(await session.clickButton("title" in b ? b.title : b))),
        );
      case "POST /hero-card":
        return act(req, inputs.heroCardBody, async (b) =>
          ok(
            delivered(
              await session.submitHeroCard(
                b.params ?? {},
                b.heroCardId === undefined ? {} : { heroCardId: b.heroCardId },
              ),
            ),
          ),
        );
      case "POST /hero-card/cancel":
        return act(req, inputs.heroCardBody, (b) => {
          session.cancelHeroCard(b.heroCardId === undefined ? {} : { heroCardId: b.heroCardId });
          return ok({});
        });
      case "POST /files":
        return upload(req, session);
      case "POST /files/cancel":
        return act(req, inputs.joinBody.partial(), async () => ok(delivered(await session.cancelFileUpload())));
      case "POST /location":
        return act(req, inputs.locationBody, async (b) =>
          ok(delivered(await session.shareLocation(b.latitude, b.longitude))),
        );
      case "POST /leave":
        return act(req, inputs.joinBody.partial(), async () => ok(delivered(await session.leave())));
      case "POST /end":
        return act(req, inputs.joinBody.partial(), async () => ok(delivered(await session.end())));
      case "POST /operator/join":
        return act(req, inputs.joinBody, (b) => {
          session.operatorJoin(b.userId);
          return ok(session.view());
        });
      case "POST /operator/messages":
        return act(req, inputs.messageBody, (b) => {
          session.operatorSays(b.text);
          return ok({});
        });
      case "POST /operator/leave":
        return act(req, inputs.joinBody.partial(), () => {
          session.operatorLeave();
          return ok(session.view());
        });
      case "GET /export":
        return exportReply(req, id);
      default:
        return notFound();
    }
  }

  async function upload(req: IncomingMessage, session: SimulatedSession): Promise<Reply> {
    if (/^application\/json\b/i.test(req.headers["content-type"] ?? "")) {
      return act(req, inputs.fileUrlBody, async (b) => ok(delivered(await session.uploadFile(b.url, b.name))));
    }
    const raw = await readBody(req, UPLOAD_LIMIT);
    if (raw === undefined) return { status: 413, body: { error: `Files up to ${UPLOAD_LIMIT} bytes.` } };
    const name = new URL(req.url ?? "/", "http://emulator").searchParams.get("name") ?? "upload";
    const path = deps.uploads.put(name, req.headers["content-type"] ?? "", raw);
    if (!path) return { status: 413, body: { error: "The emulator's file store is full." } };
    try {
      const url = `${deps.info().origin}${path}`;
      return ok({ url, ...delivered(await session.uploadFile(url, decodeURIComponent(path.split("/").pop() ?? ""))) });
    } catch (error) {
      if (error instanceof MluviiSimulatorRuleError) return { status: 409, body: { error: error.message } };
      throw error;
    }
  }

  function exportReply(req: IncomingMessage, sessionId: number | undefined): Reply {
    const kind = (new URL(req.url ?? "/", "http://emulator").searchParams.get("kind") ?? "all") as CaptureKind;
    if (!CAPTURE_KINDS.includes(kind)) return { status: 400, body: { kind: `One of ${CAPTURE_KINDS.join(", ")}.` } };
    const name = `mluvii-${sessionId === undefined ? "sessions" : `session-${sessionId}`}-${kind}.ndjson`;
    return {
      status: 200,
      text: captureOf(deps.transcript.entries, kind, sessionId),
      headers: {
        "content-type": "application/x-ndjson; charset=utf-8",
        "content-disposition": `attachment; filename="${name}"`,
      },
    };
  }

  async function api(req: IncomingMessage, res: ServerResponse, method: string, path: string): Promise<Reply | null> {
    if (method === "GET" && path === "/events") {
      hub.open(res, "snapshot", snapshot());
      return null;
    }
    const session = SESSION_PATH.exec(path);
    if (session) return sessionRoute(req, method, Number(session[1]), session[2] ?? "");
    const fault = FAULT_PATH.exec(path);
    if (fault && method === "DELETE") {
      const handle = deps.faults.list().find((f) => f.id === Number(fault[1]));
      if (!handle) return notFound("No such fault (it may be used up).");
      handle.remove();
      hub.broadcast("faults", deps.faults.list().map(faultView));
      return { status: 204 };
    }
    switch (`${method} ${path}`) {
      case "GET /state":
        return ok(snapshot());
      case "GET /sessions":
        return ok([...ctx.sessions.values()].map((r) => viewOf(ctx, r)));
      case "POST /sessions":
        return act(req, inputs.startSessionBody, async (b) => ({
          status: 201,
          body: (await deps.startSession(b)).view(),
        }));
      case "GET /exchanges":
        return ok(deps.transcript.entries.map(exchangeView));
      case "GET /export":
        return exportReply(req, undefined);
      case "GET /data":
        return ok(dataView(ctx.data));
      case "PUT /data":
        return act(req, inputs.dataBody, (b) => {
          inputs.applyData(ctx.data, b);
          hub.broadcast("data", dataView(ctx.data));
          return ok(dataView(ctx.data));
        });
      case "GET /faults":
        return ok(deps.faults.list().map(faultView));
      case "POST /faults":
        return act(req, inputs.faultBody, (b) => {
          const handle = deps.faults.inject(inputs.toFaultSpec(b));
          hub.broadcast("faults", deps.faults.list().map(faultView));
          return { status: 201, body: faultView(handle) };
        });
      case "DELETE /faults":
        deps.faults.clear();
        hub.broadcast("faults", []);
        return { status: 204 };
      case "POST /tokens/expire":
        deps.expireTokens();
        return { status: 204 };
      case "POST /release-held":
        deps.releaseHeld();
        return { status: 204 };
      case "POST /ping":
        await deps.ping();
        return { status: 204 };
      case "POST /idle":
        await deps.idle();
        return { status: 204 };
      default:
        return notFound();
    }
  }

  async function serveFile(res: ServerResponse, id: string): Promise<void> {
    const file = deps.uploads.get(id);
    if (!file) {
      sendJson(res, 404, { error: "No such file." });
      return;
    }
    res.writeHead(200, {
      "content-type": file.type,
      "content-length": String(file.bytes.length),
      "content-disposition": `attachment; filename="${file.name.replace(/"/g, "")}"`,
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    });
    res.end(file.bytes);
  }

  /** Serves the UI, uploaded files and the control API; resolves `false` for any other path. */
  async function handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    // The browser asks for a favicon; it is not mluvii traffic, so it must not show as a failed request.
    if (path === "/favicon.ico") {
      sendJson(res, 204, undefined);
      return true;
    }
    const isUi = path === "/" || path === "/index.html" || path.startsWith("/_emulator/");
    if (!isUi) return false;
    const method = req.method ?? "GET";
    if (!isTrustedRequest(req)) {
      sendJson(res, 403, { error: "The emulator answers only this machine's own pages and scripts." });
      return true;
    }
    if (path === "/" || path === "/index.html") {
      if (method !== "GET" && method !== "HEAD") sendJson(res, 405, undefined, { allow: "GET" });
      else await serveUiFile(res, "index.html");
      return true;
    }
    const file = FILE_PATH.exec(path);
    if (file && method === "GET") {
      await serveFile(res, file[1] as string);
      return true;
    }
    if (path.startsWith("/_emulator/ui/") && method === "GET") {
      if (!(await serveUiFile(res, path.slice("/_emulator/ui/".length))))
        sendJson(res, 404, { error: "No such file." });
      return true;
    }
    if (!path.startsWith(`${EMULATOR_API_PREFIX}/`)) {
      sendJson(res, 404, { error: "No such route." });
      return true;
    }
    const reply = await api(req, res, method, path.slice(EMULATOR_API_PREFIX.length));
    if (reply === null) return true;
    if (reply.text !== undefined) {
      res.writeHead(reply.status, { ...reply.headers, "content-length": String(Buffer.byteLength(reply.text)) });
      res.end(reply.text);
    } else {
      sendJson(res, reply.status, reply.body, { "cache-control": "no-store", ...reply.headers });
    }
    return true;
  }

  return { handle, sessionChanged, maskUrl };
}
