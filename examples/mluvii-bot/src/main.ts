import { configFromEnv, startBot } from "./bot";

const config = configFromEnv();
await startBot(config);
console.log(`mluvii bot ${config.chatbotId} listening on :${config.port} (callback path: /mluvii?access_token=…)`);
