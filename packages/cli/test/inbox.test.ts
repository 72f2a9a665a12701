import { createRedisConnection, createRedisInbox, type RedisConnection, type RedisInbox } from "@contactkit/redis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { haveRedis, uniquePrefix, useRedis } from "../../redis/test/redis-server";
import { jsonLines, run } from "./helpers";

const failure = { name: "TypeError", message: "cannot read properties of undefined" };
const body = (n: number) => new TextEncoder().encode(`{"eventType":"SessionCreated","data":{"id":${n},"secret":"s3"}}`);

describe("contactkit inbox (usage)", () => {
  it.each([
    [[], /give a subcommand/],
    [["peek"], /not an inbox subcommand/],
    [["show"], /give the dead letter's id/],
    [["replay"], /give an id or --all/],
    [["purge", "1-0", "--all"], /not both/],
    [["list", "--all"], /--all goes with replay or purge/],
    [["list", "--show-payload"], /--show-payload goes with show/],
    [["list", "--limit", "x"], /--limit must be/],
  ])("%j is a usage error", async (argv, message) => {
    const result = await run(["inbox", ...argv]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("says so when Redis cannot be reached, without the URL's password", async () => {
    const result = await run(["inbox", "list", "--redis-url", "redis://user:hunter2@127.0.0.1:1"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("cannot reach Redis at 127.0.0.1:1");
    expect(result.stderr).not.toContain("hunter2");
  });
});

describe.skipIf(!haveRedis)("contactkit inbox (real redis-server)", () => {
  let server: Awaited<ReturnType<typeof useRedis>>;
  let redis: RedisConnection;
  let inbox: RedisInbox;
  let keyPrefix: string;
  const cli = (...argv: string[]) =>
    run(["inbox", ...argv, "--key-prefix", keyPrefix, "--name", "cli"], { env: { CONTACTKIT_REDIS_URL: server.url } });

  /** Puts `count` events and dead-letters them, as workers would after the last failed attempt. */
  async function deadLetters(count: number): Promise<string[]> {
    for (let n = 0; n < count; n++)
      await inbox.put({ type: "SessionCreated", body: body(n), key: `k${n}`, receivedAt: n });
    for (const entry of await inbox.take({ max: count, blockMs: 0 })) await inbox.deadLetter(entry, 5, failure);
    return (await inbox.listDeadLetters()).map((d) => d.id);
  }

  beforeAll(async () => {
    server = await useRedis();
  });
  beforeEach(async () => {
    await redis?.close();
    keyPrefix = uniquePrefix("cli-inbox");
    redis = createRedisConnection({ url: server.url, keyPrefix });
    await redis.ready();
    inbox = createRedisInbox({ redis, name: "cli" });
  });
  afterAll(async () => {
    await redis?.close();
    await server?.release();
  });

  it("lists dead letters with type, attempts and error, never their bodies", async () => {
    const ids = await deadLetters(3);
    const text = await cli("list");
    expect(text.code).toBe(0);
    expect(text.stdout.trim().split("\n")).toHaveLength(3);
    expect(text.stdout).toContain(`${ids[0]}  SessionCreated  attempts 5`);
    expect(text.stdout).toContain("TypeError: cannot read properties of undefined");
    expect(text.stderr).toContain('3 of 3 dead letters in inbox "cli"');
    const json = await cli("list", "--json", "--limit", "2");
    expect(jsonLines(json.stdout)).toMatchObject([
      { id: ids[0], type: "SessionCreated", attempts: 5, key: "k0", error: failure },
      { id: ids[1] },
    ]);
    for (const out of [text.stdout, json.stdout]) expect(out).not.toContain("s3");
  });

  it("shows one dead letter, its body only with --show-payload", async () => {
    const [id] = await deadLetters(1);
    const plain = await cli("show", id as string);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(`body: ${body(0).length} bytes (--show-payload prints it)`);
    expect(plain.stdout).not.toContain("s3");
    const shown = await cli("show", id as string, "--show-payload", "--json");
    expect(jsonLines(shown.stdout)).toEqual([
      expect.objectContaining({ id, body: '{"eventType":"SessionCreated","data":{"id":0,"secret":"s3"}}' }),
    ]);
    const missing = await cli("show", "1-0");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no dead letter "1-0"');
  });

  it("replays one, then all, back into the inbox where workers take them with attempts 0", async () => {
    const ids = await deadLetters(150); // more than one page of 100
    const one = await cli("replay", ids[0] as string);
    expect(one.stdout).toContain(`replayed ${ids[0]}`);
    expect((await cli("replay", ids[0] as string)).code).toBe(1);
    const all = await cli("replay", "--all");
    expect(all.stdout).toContain('replayed 149 dead letters into inbox "cli"');
    await expect(inbox.stats()).resolves.toEqual({ pending: 150, deadLettered: 0 });
    const taken = await inbox.take({ max: 200, blockMs: 0 });
    expect(taken).toHaveLength(150);
    expect(new Set(taken.map((e) => e.attempts))).toEqual(new Set([0]));
    expect(new Set(taken.map((e) => e.key))).toEqual(new Set(Array.from({ length: 150 }, (_, n) => `k${n}`)));
  });

  it("purges one, then all", async () => {
    const ids = await deadLetters(3);
    expect((await cli("purge", ids[1] as string)).stdout).toContain("purged 1 dead letter\n");
    expect((await cli("purge", ids[1] as string)).code).toBe(1);
    expect((await cli("purge", "--all")).stdout).toContain("purged 2 dead letters");
    await expect(inbox.stats()).resolves.toEqual({ pending: 0, deadLettered: 0 });
  });
});
