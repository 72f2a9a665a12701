// The package's enumerations follow the vocabulary rule (see test-support/vocabulary-contract.ts).
import * as api from "@contactkit/mluvii-webhooks";
import { describeVocabulary } from "../../../test-support/vocabulary-contract";

describeVocabulary(api);
