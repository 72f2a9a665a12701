/**
 * @packageDocumentation
 * The programmatic API behind the `contactkit` command line: detect and validate captured payloads of every
 * contactkit family, export JSON Schemas, replay captured events to a local endpoint, send one realistic event
 * (`trigger`), receive and record events (`listen`), and run the CLI in-process.
 */
export { type Detection, type DetectOptions, detectFamily, type InspectIssue, type InspectVerdict } from "./detect";
export {
  type AnyEventFamily,
  familyNames,
  findFamily,
  KNOWN_FAMILIES,
  type KnownFamily,
  knownFamiliesOf,
} from "./families";
export {
  exitCodeOf,
  type InspectExitCode,
  type InspectedPayload,
  type InspectOptions,
  inspectPayload,
  toVerdict,
  worstExitCode,
} from "./inspect";
export type { CliIo, CliOutput } from "./io";
export { type ListenDelivery, type Listener, type ListenOptions, startListener } from "./listen";
export { PACKAGE_MANIFESTS } from "./manifests";
export { type DecodedPayload, type PayloadFormat, splitPayloads } from "./payloads";
export { firstLineOf, type ReplayOptions, type ReplayResult, type ReplaySummary, replay } from "./replay";
export { type CapturedEvent, type LoadCapturedEventsOptions, loadCapturedEvents } from "./replay-sources";
export {
  displayUrl,
  isLoopbackHost,
  type ReplayBasicAuth,
  ReplayConfigError,
  type ReplayTarget,
  type ReplayTargetOptions,
  resolveReplayTarget,
} from "./replay-target";
export { runCli } from "./run";
export {
  exportSchemas,
  type SchemaExportOptions,
  type SchemaExportResult,
  type SchemaIndex,
  type SchemaIndexEntry,
  type SchemaIndexFamily,
} from "./schema-export";
export {
  buildTriggerEvent,
  type FieldAssignment,
  parseAssignment,
  sendTriggerRequest,
  TRIGGER_FAMILIES,
  TriggerConfigError,
  type TriggerEvent,
  type TriggerOptions,
  type TriggerResult,
} from "./trigger";
