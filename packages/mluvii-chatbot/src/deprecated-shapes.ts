/*
 * Building blocks of the activity schemas that earlier versions exported by accident (through `export *`). They
 * stay exported, deprecated, so code using them keeps compiling; compose the exported schemas instead.
 */
import * as common from "./events/common";
import * as requestsCommon from "./events/requests-common";

/** @deprecated An internal building block of the activity schemas; it will leave the public API. */
export const callbackEnvelopeShape = common.callbackEnvelopeShape;
/** @deprecated An internal building block of the activity schemas; it will leave the public API. */
export const sessionCallbackShape = common.sessionCallbackShape;
/** @deprecated An internal building block of the activity schemas; it will leave the public API. */
export const successResultShape = common.successResultShape;
/** @deprecated An internal building block of the activity schemas; it will leave the public API. */
export const nullableStringRecord = common.nullableStringRecord;
/** @deprecated An internal building block of the activity schemas; it will leave the public API. */
export const sessionIdSchema = common.sessionIdSchema;
/** @deprecated An internal building block of the activity schemas; it will leave the public API. */
export const idSchema = requestsCommon.idSchema;
/** @deprecated An internal building block of the activity schemas; it will leave the public API. */
export const outboundTimestamp = requestsCommon.outboundTimestamp;
/** @deprecated An internal building block of the activity schemas; it will leave the public API. */
export const bareRequest = requestsCommon.bareRequest;
/** @deprecated An internal building block of the activity schemas; it will leave the public API. */
export const requestShape = requestsCommon.requestShape;
