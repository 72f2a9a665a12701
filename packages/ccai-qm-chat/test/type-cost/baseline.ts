// Type-cost baseline: imports the package and does nothing with it (see ../type-cost.test.ts).
import { ccaiQmEvents } from "@contactkit/ccai-qm-chat";

export const family = ccaiQmEvents;
