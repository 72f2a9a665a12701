/** Type-cost baseline: imports the package and does nothing, so its own declarations are not counted. */
import { expertflowCim } from "@contactkit/expertflow-cim";

export const family = expertflowCim;
