import { describe, expect, it } from "vitest";
import { run } from "./helpers";

describe("help and version", () => {
  it.each([[["--help"]], [["-h"]], [["help"]]])("top-level help: %j", async (argv) => {
    const result = await run(argv);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchSnapshot("main help");
  });

  it("no command prints the help and exits 2", async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("Usage: contactkit <command> [options]");
  });

  it.each(["inspect", "schema", "simulate", "replay", "trigger", "listen", "inbox"])("%s --help", async (command) => {
    const result = await run([command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(`Usage: contactkit ${command}`);
    expect(result.stdout).toMatchSnapshot(`${command} help`);
    expect((await run(["help", command])).stdout).toBe(result.stdout);
    expect((await run([command, "-h"])).stdout).toBe(result.stdout);
  });

  it("no help line is longer than 110 columns", async () => {
    const commands = ["inspect", "schema", "simulate", "replay", "trigger", "listen", "inbox"];
    for (const argv of [["--help"], ...commands.map((command) => [command, "-h"])]) {
      const { stdout } = await run(argv);
      for (const line of stdout.split("\n")) expect(line.length, line).toBeLessThanOrEqual(110);
    }
  });

  it("--version prints the version", async () => {
    expect(await run(["--version"])).toEqual({ code: 0, stdout: "9.9.9-test\n", stderr: "" });
    expect((await run(["-v"])).stdout).toBe("9.9.9-test\n");
  });

  it("an unknown command exits 2 and lists the commands", async () => {
    const result = await run(["inspcet", "x.json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"inspcet" is not a command');
    expect(result.stderr).toContain("inspect, schema, simulate, replay, trigger, listen");
    expect((await run(["--json"])).stderr).toContain("options go after a command");
  });
});
