// The package's enumerations follow the vocabulary rule (see test-support/vocabulary-contract.ts).
import * as api from "@contactkit/expertflow-cim";
import { describeVocabulary } from "../../../test-support/vocabulary-contract";

describeVocabulary(api, {
  // Not enumerations of a field: the event names (the event map's keys) and the keys `redact` masks.
  notVocabularies: [
    "CIM_EVENT_NAMES",
    "STUDIO_INTENTS_WITHOUT_CIM_EVENT",
    "TYPED_DATA_EVENT_NAMES",
    "CUSTOMER_CHANNEL_IDENTIFIER_KEYS",
  ],
});
