import { describeInboxContract } from "../../../test-support/inbox-contract";
import { createMemoryInbox } from "../src/inbox/memory";

describeInboxContract("memory", ({ leaseMs }) => createMemoryInbox({ leaseMs }));
