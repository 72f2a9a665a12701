// The package's enumerations follow the vocabulary rule (see test-support/vocabulary-contract.ts).
import * as api from "@contactkit/ccai-qm-chat";
import { describeVocabulary } from "../../../test-support/vocabulary-contract";

describeVocabulary(api);
