/**
 * How a C#-typed property of mluvii's models reads on the wire. Newtonsoft.Json writes every property of an
 * object, so a field is present unless a vendor source shows it missing; value types (`int`, `long`, `double`,
 * `bool`, `DateTimeOffset`, enums) are never `null`, nullable value types (`int?`) and reference types (`string`,
 * lists, arrays, dictionaries, classes, `object`) may be.
 */

/** One field of a vendor model: its C# type, and where the SDK deliberately reads it otherwise, why. */
export interface FieldModel {
  /** The C# type as declared in the model, e.g. `long`, `int?`, `string`, `IList<AvailableGroupInfo>`. */
  readonly type: string;
  /** Present in the model, yet a vendor source shows it missing (or it was added later): absent is fine. */
  readonly optional?: string;
  /** A reference type the SDK still requires non-null, and why (requests only: what a writer must send). */
  readonly notNull?: string;
}

/** One object of a vendor model: the class (with its public source) and its fields by path. */
export interface ObjectModel {
  /** `owner/repo@commit:path` of the class. */
  readonly source: string;
  /**
   * Fields by path from the event's root: `availableGroups[].groupWorkload.maxSlots` (array items as `[]`);
   * `callParams{}` is a dictionary's values. Fields under a `object`-typed field are not listed (the model says
   * nothing about them).
   */
  readonly fields: Readonly<Record<string, FieldModel | string>>;
}

const VALUE_TYPES = new Set(["long", "int", "double", "bool", "DateTimeOffset", "Guid"]);

const modelOf = (field: FieldModel | string): FieldModel => (typeof field === "string" ? { type: field } : field);

/** Whether the C# type can hold `null`. */
export function csharpNullable(type: string): boolean {
  if (type.endsWith("?")) return true;
  if (type.startsWith("enum ")) return false;
  return !VALUE_TYPES.has(type);
}

/** What the vendor model says of a field: may it be absent, may it be `null`. */
export function expectation(field: FieldModel | string): { required: boolean; nullable: boolean } {
  const model = modelOf(field);
  return {
    required: model.optional === undefined,
    nullable: model.notNull === undefined && csharpNullable(model.type),
  };
}

/** Whether the field's type is opaque to the model (`object`, `ICollection<object>`): its content is not listed. */
export function isOpaque(field: FieldModel | string): boolean {
  return /\bobject\b/.test(modelOf(field).type);
}

/** `["availableGroups", 0, "groupWorkload", "maxSlots"]` → `availableGroups[].groupWorkload.maxSlots`. */
export function modelPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const segment of path) out += typeof segment === "number" ? "[]" : out === "" ? segment : `.${segment}`;
  return out;
}
