// Entry for workerd: answer any request with the summary.
import { runSuite } from "./harness";

export default {
  async fetch(): Promise<Response> {
    try {
      return Response.json(await runSuite());
    } catch (error) {
      return new Response(error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error), {
        status: 500,
      });
    }
  },
};
