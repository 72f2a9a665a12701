// The package's enumerations follow the vocabulary rule (see test-support/vocabulary-contract.ts).
import * as api from "@contactkit/mluvii-chatbot";
import { describeVocabulary } from "../../../test-support/vocabulary-contract";

describeVocabulary(api, {
  // Not enumerations of a field: the HTML tags mluvii renders in a text, and the activities that are responses.
  notVocabularies: ["MLUVII_TEXT_TAGS", "RESPONSE_ACTIVITIES"],
});
