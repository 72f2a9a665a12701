import type { MluviiRequestOptions, MluviiResponse } from "@contactkit/mluvii-api";
import type { MluviiChatbotTransport } from "@contactkit/mluvii-chatbot";

/** A transport that records every call and answers through `respond` (which may throw, or call back first). */
export function fakeTransport(respond: (call: MluviiRequestOptions) => void | Promise<void> = () => {}) {
  const calls: MluviiRequestOptions[] = [];
  const transport: MluviiChatbotTransport = {
    async request<T>(options: MluviiRequestOptions): Promise<MluviiResponse<T>> {
      calls.push(options);
      await respond(options);
      return { status: 200, data: undefined as T, headers: {}, requestId: "req-1", attempts: 1 };
    },
  };
  return { transport, calls };
}
