import { isJsonObject } from "@contactkit/core";
import { CUSTOMER_CHANNEL_IDENTIFIER_KEYS } from "./events/objects/customer";

/** What redacted text is replaced with. */
export const REDACTED = "[redacted]";

type Obj = Record<string, unknown>;
/** A plain JSON object: class instances and other exotic objects are left alone, not copied as if they were data. */
const isObject = (v: unknown): v is Obj => isJsonObject(v) && Object.getPrototypeOf(v) === Object.prototype;
const mask = (v: unknown): unknown => (typeof v === "string" && v !== "" ? REDACTED : v);
/** Own-property write that stays data even for a `__proto__` key (never touches the prototype). */
const put = (target: Obj, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};
const maskAll = (v: unknown): unknown => (Array.isArray(v) ? v.map(mask) : mask(v));

/** Customer keys kept as they are: ids and flags, no personal data. */
const CUSTOMER_KEPT = new Set(["_id", "isAnonymous", "__v", "labels"]);
/** Customer keys whose text is masked (the key stays, so the result still has the customer's shape). */
const CUSTOMER_MASKED = new Set<string>(["firstName", "lastName", "phoneNumber", ...CUSTOMER_CHANNEL_IDENTIFIER_KEYS]);

function redactCustomer(customer: Obj): Obj {
  const out: Obj = {};
  for (const [key, value] of Object.entries(customer)) {
    if (CUSTOMER_KEPT.has(key)) put(out, key, walk(value));
    else if (CUSTOMER_MASKED.has(key)) put(out, key, value === null ? null : maskAll(value));
    // Every other key is an admin-defined attribute (`password`, `pIIAtribute`, `url`, …): dropped.
  }
  return out;
}

function redactAttribute(attribute: unknown): unknown {
  if (!isObject(attribute)) return attribute;
  const { value } = attribute;
  if (isObject(value)) {
    const copy = walk(value) as Obj;
    if (isObject(copy.formData)) copy.formData = { ...copy.formData, attributes: [] };
    return { ...attribute, value: copy };
  }
  return { ...attribute, value: maskAll(value) };
}

const rules: Record<string, (value: unknown) => unknown> = {
  customer: (v) => (isObject(v) ? redactCustomer(v) : v),
  channelCustomerIdentifier: mask,
  customerFirstName: mask,
  customerLastName: mask,
  additionalAttributes: (v) => (Array.isArray(v) ? v.map(redactAttribute) : v),
  senderName: mask,
  additionalDetail: (v) => (isObject(v) ? {} : v),
  keycloakUser: (v) =>
    isObject(v)
      ? {
          ...(walk(v) as Obj),
          firstName: mask(v.firstName),
          lastName: mask(v.lastName),
          username: mask(v.username),
          attributes: {},
          permittedResources: isObject(v.permittedResources) ? { Resources: [] } : v.permittedResources,
        }
      : v,
  conversationData: (v) =>
    Array.isArray(v)
      ? v.map((entry) => (isObject(entry) ? { ...entry, value: maskAll(entry.value) } : entry))
      : isObject(v)
        ? Object.fromEntries(Object.keys(v).map((k) => [k, maskAll(v[k])]))
        : v,
  markdownText: mask,
  userName: mask,
  agentNames: maskAll,
  sections: (v) => (Array.isArray(v) ? [] : v),
};

/** A customer is recognised by shape too, so `redact(event.data.customer)` works on its own. */
const looksLikeCustomer = (v: Obj): boolean => "_id" in v && "isAnonymous" in v && "phoneNumber" in v;

function walk(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(walk);
  if (!isObject(value)) return value;
  if (looksLikeCustomer(value)) return redactCustomer(value);
  const out: Obj = {};
  for (const [key, child] of Object.entries(value)) {
    const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
    put(out, key, rule ? rule(child) : walk(child));
  }
  // System components and bots are not people: keep their emitter names (ROUTING_ENGINE, Rasa, …).
  if (typeof value.senderName === "string" && (value.type === "SYSTEM" || value.type === "BOT")) {
    put(out, "senderName", value.senderName);
  }
  return out;
}

/**
 * Returns a copy of an event (or of any CIM payload, even the raw `msg`) with personal data removed, for logging.
 * Masked: customer and agent names, phone numbers, channel identifiers (system and bot emitter names stay).
 * Removed: admin-defined customer attributes (including `password`), form answers, conversation-data values,
 * message text, emitter details, Keycloak attributes and resources. Ids, states and times stay. The input is
 * never mutated.
 *
 * @example
 * logger.info({ event: redact(r.event) }, "cim event");
 */
export function redact<T>(event: T): T {
  const copy = walk(event);
  if (isObject(copy) && copy.name === "CONVERSATION_DATA_CHANGED" && isObject(copy.data)) {
    copy.data = rules.conversationData?.(copy.data);
  }
  return copy as T;
}
