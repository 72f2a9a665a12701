// Entry for Node, Bun and Deno: print the summary as one JSON line.
import { runSuite } from "./harness";

console.log(JSON.stringify(await runSuite()));
