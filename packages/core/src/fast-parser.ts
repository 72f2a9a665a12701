import * as z from "zod";
import { fastStringCheckOf } from "./inline-checks";

/**
 * Generated fast parsers for zod schemas: for a value the schema accepts, the parser returns exactly what zod's
 * `schema.parse` returns (same values, same keys in the same order); for anything else it answers {@link REJECT}
 * or {@link UNSURE}, and the caller asks zod's runtime parser, which gives the errors. So zod stays the schema
 * language and the source of every error, and a parser can only ever be wrong by being slow.
 *
 * Why not `z.compile` alone: zod 4.6's compiler inlines every child into every schema (13.6 MB of code for the 70
 * Expertflow event types, which share large objects) and wraps each optional property in a closure, which costs
 * an allocation per property per parse. Here every object, array and union is one generated function, built once
 * per schema and called from each schema that contains it, and optional properties are plain branches. Schema
 * features this generator does not model are handed, node by node, to zod's own compiler (`z.core.compileFn`), or to
 * zod's runtime parser where that cannot compile them.
 */

/** A parser's answer for a value that zod's runtime parser rejects too. */
export const REJECT: unique symbol = Symbol("contactkit.reject");
/** A parser's answer when it cannot tell: zod's runtime parser decides. */
export const UNSURE: unique symbol = Symbol("contactkit.unsure");

/** A generated parser: zod's output for an accepted value, {@link REJECT} or {@link UNSURE} otherwise. */
export type FastParser = ((value: unknown) => unknown) & { readonly source?: string };

type Def = z.core.$ZodTypeDef & Record<string, unknown>;
type CheckDef = {
  check: string;
  format?: string;
  pattern?: RegExp;
  when?: unknown;
  value?: unknown;
  inclusive?: boolean;
};

const parsers = new WeakMap<z.ZodType, FastParser>();
/** Schemas whose parser is being generated: a schema reached again through itself (a getter shape) is recursive. */
const inProgress = new Set<z.ZodType>();
const INVALID: unknown = (z as { INVALID?: symbol }).INVALID;
type CompileFn = ((schema: z.ZodType) => ((value: unknown) => unknown) & { definite?: boolean }) | undefined;
const zodCompileFn = (z.core as { compileFn?: CompileFn }).compileFn;

/**
 * The fast parser of `schema`, generated at the first call and cached per schema, so a schema that several others
 * contain is generated once. Needs `new Function`; where that is not allowed, the caller should not ask (see
 * `canGenerate`) — and should it throw anyway, the answer is a parser that is always {@link UNSURE}.
 */
export function fastParserOf(schema: z.ZodType): FastParser {
  let parser = parsers.get(schema);
  if (!parser) {
    if (inProgress.has(schema)) return runtimeIsland(schema);
    inProgress.add(schema);
    try {
      parser = generate(schema);
    } catch {
      parser = alwaysUnsure;
    } finally {
      inProgress.delete(schema);
    }
    parsers.set(schema, parser);
  }
  return parser;
}

const alwaysUnsure: FastParser = () => UNSURE;

let functionAllowed: boolean | undefined;

/** Whether generated code may run here: `new Function` is allowed and zod is not told to stay jitless. */
export function canGenerate(): boolean {
  if (z.core.globalConfig.jitless) return false;
  if (functionAllowed === undefined) {
    try {
      functionAllowed = new Function("return 1")() === 1;
    } catch {
      functionAllowed = false;
    }
  }
  return functionAllowed;
}

/** Accumulates one generated function: its statements and the constants it closes over. */
class Emitter {
  readonly lines: string[] = [];
  readonly constants: unknown[] = [];
  readonly names: string[] = [];
  #vars = 0;

  line(text: string): void {
    this.lines.push(text);
  }

  variable(): string {
    return `v${this.#vars++}`;
  }

  constant(value: unknown): string {
    const index = this.constants.indexOf(value);
    if (index !== -1) return this.names[index] as string;
    const name = `c${this.constants.length}`;
    this.constants.push(value);
    this.names.push(name);
    return name;
  }

  build(): FastParser {
    const source = this.lines.join("\n");
    const factory = new Function(...this.names, "REJECT", "UNSURE", `return function parse(input) {\n${source}\n};`);
    const parser = factory(...this.constants, REJECT, UNSURE) as FastParser;
    Object.defineProperty(parser, "source", { value: source });
    generated.push(new WeakRef(parser));
    return parser;
  }
}

function generate(schema: z.ZodType): FastParser {
  const e = new Emitter();
  const def = schema._zod.def as Def;
  // Objects, arrays and unions are a function each (called from every schema containing them); the rest is inline.
  if (def.type === "object" && !def.coerce) {
    if (!objectSupported(schema)) return delegateOf(schema);
    emitObjectBody(e, schema);
  } else if (def.type === "array" && !def.coerce) {
    if (def.checks?.length) return delegateOf(schema);
    emitArrayBody(e, schema);
  } else if (def.type === "union") {
    if (!unionSupported(def)) return delegateOf(schema);
    emitUnionBody(e, def);
  } else {
    e.line(`return ${emitNode(e, schema, "input")};`);
  }
  return e.build();
}

/** Emits the checks of `schema` on the value in `acc` (returning on failure) and returns the output expression. */
function emitNode(e: Emitter, schema: z.ZodType, acc: string): string {
  const def = schema._zod.def as Def;
  if (def.coerce) return emitDelegate(e, schema, acc);
  switch (def.type) {
    case "string":
      return emitString(e, schema, acc);
    case "number":
      return emitNumber(e, schema, acc);
    case "boolean":
      if (def.checks?.length) return emitDelegate(e, schema, acc);
      e.line(`if (typeof ${acc} !== "boolean") return REJECT;`);
      return acc;
    case "null":
      e.line(`if (${acc} !== null) return REJECT;`);
      return acc;
    case "undefined":
      e.line(`if (${acc} !== undefined) return REJECT;`);
      return acc;
    case "unknown":
    case "any":
      return def.checks?.length ? emitDelegate(e, schema, acc) : acc;
    case "never":
      e.line("return REJECT;");
      return acc;
    case "literal":
      return emitLiteral(e, schema, acc);
    case "enum": {
      const values = schema._zod.values;
      if (!values || def.checks?.length) return emitDelegate(e, schema, acc);
      e.line(`if (!${e.constant(values)}.has(${acc})) return REJECT;`);
      return acc;
    }
    case "optional":
    case "nullable":
      return emitWrapper(e, schema, acc);
    case "object":
    case "array":
    case "union":
      return emitCall(e, fastParserOf(schema), acc);
    default:
      return emitDelegate(e, schema, acc);
  }
}

function emitCall(e: Emitter, parser: FastParser, acc: string): string {
  const out = e.variable();
  e.line(`const ${out} = ${e.constant(parser)}(${acc});`);
  e.line(`if (${out} === REJECT || ${out} === UNSURE) return ${out};`);
  return out;
}

function emitString(e: Emitter, schema: z.ZodType, acc: string): string {
  const def = schema._zod.def as Def;
  // A format (z.email() …) or any check but a plain regex or one core registered a predicate for is zod's to model.
  const checks = def.checks ?? [];
  const plainRegex = (c: CheckDef) => c.check === "string_format" && c.format === "regex" && c.pattern && !c.when;
  const modelled = (check: z.core.$ZodCheck) =>
    plainRegex(check._zod.def as CheckDef) || fastStringCheckOf(check) !== undefined;
  if (def.format !== undefined || !checks.every(modelled)) return emitDelegate(e, schema, acc);
  e.line(`if (typeof ${acc} !== "string") return REJECT;`);
  for (const check of checks) {
    const predicate = fastStringCheckOf(check);
    if (predicate) {
      e.line(`if (!${e.constant(predicate)}(${acc})) return REJECT;`);
      continue;
    }
    const pattern = e.constant((check._zod.def as CheckDef).pattern);
    e.line(`${pattern}.lastIndex = 0;`);
    e.line(`if (!${pattern}.test(${acc})) return REJECT;`);
  }
  return acc;
}

const NUMBER_FORMATS: Readonly<Record<string, (acc: string) => string>> = {
  safeint: (acc) => `!Number.isSafeInteger(${acc})`,
  int32: (acc) => `!Number.isInteger(${acc}) || ${acc} < -2147483648 || ${acc} > 2147483647`,
  uint32: (acc) => `!Number.isInteger(${acc}) || ${acc} < 0 || ${acc} > 4294967295`,
};

function emitNumber(e: Emitter, schema: z.ZodType, acc: string): string {
  const def = schema._zod.def as Def;
  const format = def.format as string | undefined;
  const checks = (def.checks ?? []).map((check) => check._zod.def as CheckDef);
  const bound = (c: CheckDef) =>
    (c.check === "greater_than" || c.check === "less_than") &&
    typeof c.value === "number" &&
    Number.isFinite(c.value) &&
    !c.when;
  const formatCheck = format === undefined ? undefined : NUMBER_FORMATS[format];
  if ((format !== undefined && !formatCheck) || !checks.every(bound)) return emitDelegate(e, schema, acc);
  e.line(`if (typeof ${acc} !== "number" || !Number.isFinite(${acc})) return REJECT;`);
  if (formatCheck) e.line(`if (${formatCheck(acc)}) return REJECT;`);
  for (const check of checks) {
    const fails = check.check === "greater_than" ? (check.inclusive ? "<" : "<=") : check.inclusive ? ">" : ">=";
    e.line(`if (${acc} ${fails} ${check.value}) return REJECT;`);
  }
  return acc;
}

function emitLiteral(e: Emitter, schema: z.ZodType, acc: string): string {
  const def = schema._zod.def as Def;
  const values = def.values as unknown[];
  if (def.checks?.length) return emitDelegate(e, schema, acc);
  const [only] = values;
  if (values.length === 1 && typeof only === "string") e.line(`if (${acc} !== ${JSON.stringify(only)}) return REJECT;`);
  else if (
    values.length === 1 &&
    (only === null || typeof only === "boolean" || (typeof only === "number" && Number.isFinite(only)))
  )
    e.line(`if (${acc} !== ${String(only)}) return REJECT;`);
  // zod compares literals as a Set does (NaN matches itself, 0 matches -0).
  else e.line(`if (!${e.constant(new Set(values))}.has(${acc})) return REJECT;`);
  return acc;
}

/** `optional` (not exact) and `nullable`: the empty value passes as itself, anything else through the inner schema. */
function emitWrapper(e: Emitter, schema: z.ZodType, acc: string): string {
  const def = schema._zod.def as Def;
  const inner = def.innerType as z.ZodType;
  if (def.checks?.length) return emitDelegate(e, schema, acc);
  if (def.type === "optional") {
    if (isExactOptional(schema)) return emitNode(e, inner, acc);
    // zod runs an inner schema that substitutes a value (a default) even on undefined.
    if (inner._zod.optin === "defaulted") return emitDelegate(e, schema, acc);
  }
  const empty = def.type === "optional" ? "undefined" : "null";
  const out = e.variable();
  e.line(`let ${out} = ${empty};`);
  e.line(`if (${acc} !== ${empty}) {`);
  const innerOut = emitNode(e, inner, acc);
  e.line(`${out} = ${innerOut};`);
  e.line("}");
  return out;
}

const isExactOptional = (schema: z.ZodType): boolean => schema._zod.traits.has("$ZodExactOptional");

/**
 * A schema node this generator does not model: zod's compiled parser of that node (its `INVALID` is a rejection,
 * or merely "cannot tell" where zod says so), or zod's runtime parser of it.
 */
function emitDelegate(e: Emitter, schema: z.ZodType, acc: string): string {
  return emitCall(e, delegateOf(schema), acc);
}

const delegates = new WeakMap<z.ZodType, FastParser>();

function delegateOf(schema: z.ZodType): FastParser {
  let parser = delegates.get(schema);
  if (!parser) {
    parser = zodCompiled(schema) ?? runtimeIsland(schema);
    delegates.set(schema, parser);
  }
  return parser;
}

function zodCompiled(schema: z.ZodType): FastParser | undefined {
  if (!zodCompileFn || INVALID === undefined) return undefined;
  try {
    const compiled = zodCompileFn(schema);
    const failed = compiled.definite === false ? UNSURE : REJECT;
    return (value) => {
      const out = compiled(value);
      return out === INVALID ? failed : out;
    };
  } catch {
    return undefined;
  }
}

/** zod's runtime parser of one node, without the parse context of a whole parse: only its acceptance is trusted. */
function runtimeIsland(schema: z.ZodType): FastParser {
  return (value) => {
    const result = schema._zod.run({ value, issues: [] }, {});
    if (result instanceof Promise) return UNSURE;
    return result.issues.length === 0 ? result.value : UNSURE;
  };
}

// ---- objects -------------------------------------------------------------------------------------------------------

/** Whether this generator models the object exactly; otherwise zod's compiler gets the whole object. */
function objectSupported(schema: z.ZodType): boolean {
  const def = schema._zod.def as Def;
  if (def.checks?.length) return false;
  const shape = def.shape as Record<string, z.ZodType>;
  if (Object.getOwnPropertySymbols(shape).length > 0 || Object.hasOwn(shape, "__proto__")) return false;
  for (const key of Object.keys(shape)) {
    const { optin, optout } = (shape[key] as z.ZodType)._zod;
    // Required, or optional in and out; a default (or a schema that is optional only one way) is zod's to model.
    if (!(optin === undefined && optout === undefined) && !(optin === "optional" && optout === "optional"))
      return false;
  }
  const catchall = def.catchall as z.ZodType | undefined;
  return !catchall || catchall._zod.optin === undefined;
}

/**
 * An object, as zod's runtime parses one: every shape key in order (an absent optional key stays absent; a required
 * key must be present), then the unknown keys by the catchall — dropped (the default), copied (`z.looseObject`),
 * validated (`.catchall(schema)`) or rejected (strict); an own `__proto__` key is never copied.
 */
function emitObjectBody(e: Emitter, schema: z.ZodType): void {
  const def = schema._zod.def as Def;
  const shape = def.shape as Record<string, z.ZodType>;
  const keys = Object.keys(shape);
  e.line(`if (typeof input !== "object" || input === null || Array.isArray(input)) return REJECT;`);
  const outputs: { key: string; out: string; present?: string }[] = [];
  for (const key of keys) {
    const property = shape[key] as z.ZodType;
    const k = JSON.stringify(key);
    const value = e.variable();
    e.line(`const ${value} = input[${k}];`);
    if (property._zod.optin === "optional") {
      // Absent: left out, whatever the schema would make of `undefined`. Present (even as undefined): validated.
      const out = e.variable();
      const present = e.variable();
      e.line(`let ${out};`);
      e.line(`const ${present} = ${value} !== undefined || ${k} in input;`);
      e.line(`if (${present}) {`);
      e.line(`${out} = ${emitNode(e, property, value)};`);
      e.line("}");
      outputs.push({ key, out, present });
    } else {
      const out = emitNode(e, property, value);
      // A required key must be present, even where its schema accepts undefined.
      if (mayAcceptUndefined(property)) e.line(`if (${value} === undefined && !(${k} in input)) return REJECT;`);
      outputs.push({ key, out });
    }
  }
  // The output keeps the shape's order: a literal for the keys up to the first optional one, then assignments.
  const firstOptional = outputs.findIndex((o) => o.present !== undefined);
  const leading = firstOptional === -1 ? outputs : outputs.slice(0, firstOptional);
  e.line(`const out = { ${leading.map((o) => `${JSON.stringify(o.key)}: ${o.out}`).join(", ")} };`);
  for (const o of outputs.slice(leading.length)) {
    const assign = `out[${JSON.stringify(o.key)}] = ${o.out};`;
    e.line(o.present ? `if (${o.present}) ${assign}` : assign);
  }
  const catchall = def.catchall as z.ZodType | undefined;
  if (catchall) emitCatchall(e, catchall, new Set(keys));
  e.line("return out;");
}

function emitCatchall(e: Emitter, catchall: z.ZodType, known: Set<string>): void {
  const type = (catchall._zod.def as Def).type;
  const isKnown = known.size > 0 ? `${e.constant(known)}.has(k)` : "false";
  e.line("for (const k in input) {");
  if (type === "never") {
    // Strict: every unknown key fails, an own `__proto__` included.
    e.line(`if (!(${isKnown})) return REJECT;`);
  } else {
    e.line(`if (k === "__proto__" || ${isKnown}) continue;`);
    const plain = (type === "unknown" || type === "any") && !(catchall._zod.def as Def).checks?.length;
    if (plain) e.line("out[k] = input[k];");
    else {
      const value = e.variable();
      e.line(`const ${value} = input[k];`);
      e.line(`out[k] = ${emitNode(e, catchall, value)};`);
    }
  }
  e.line("}");
}

/** Whether a schema may accept `undefined` (conservative: `true` unless it certainly does not). */
function mayAcceptUndefined(schema: z.ZodType): boolean {
  const def = schema._zod.def as Def;
  switch (def.type) {
    case "string":
    case "number":
    case "boolean":
    case "null":
    case "object":
    case "array":
    case "record":
    case "never":
      return !!def.coerce;
    case "literal":
      return (def.values as unknown[]).includes(undefined);
    case "enum":
      return schema._zod.values?.has(undefined) ?? true;
    case "nullable":
      return mayAcceptUndefined(def.innerType as z.ZodType);
    case "optional":
      return isExactOptional(schema) ? mayAcceptUndefined(def.innerType as z.ZodType) : true;
    case "union":
      return (def.options as z.ZodType[]).some(mayAcceptUndefined);
    default:
      return true;
  }
}

// ---- arrays and unions ---------------------------------------------------------------------------------------------

function emitArrayBody(e: Emitter, schema: z.ZodType): void {
  const def = schema._zod.def as Def;
  e.line("if (!Array.isArray(input)) return REJECT;");
  e.line("const length = input.length;");
  e.line("const out = new Array(length);");
  e.line("for (let i = 0; i < length; i++) {");
  e.line("const element = input[i];");
  e.line(`out[i] = ${emitNode(e, def.element as z.ZodType, "element")};`);
  e.line("}");
  e.line("return out;");
}

function unionSupported(def: Def): boolean {
  // z.xor (exactly one option) and a discriminated union's fallback parser are zod's to model.
  return def.inclusive !== false && !def.unionFallback && !def.checks?.length;
}

/**
 * A union, as zod's runtime parses one: the first option that accepts the value gives the output. An option that is
 * unsure ends the attempt (a later option must not answer for it). A discriminated union is parsed the same way:
 * its options' discriminator values are distinct, so every option but the one the value names rejects it.
 */
function emitUnionBody(e: Emitter, def: Def): void {
  for (const option of def.options as z.ZodType[]) {
    const out = e.variable();
    e.line(`const ${out} = ${e.constant(fastParserOf(option))}(input);`);
    e.line(`if (${out} !== REJECT) return ${out};`);
  }
  e.line("return REJECT;");
}

const generated: WeakRef<FastParser>[] = [];

/**
 * @internal For benchmarks: the size of all code generated so far in this process (each function once, as every
 * schema's function is built once and shared by all schemas containing it) and how many functions that is.
 */
export function generatedSize(): { bytes: number; functions: number } {
  let bytes = 0;
  let functions = 0;
  for (const ref of generated) {
    const source = ref.deref()?.source;
    if (source === undefined) continue;
    bytes += source.length;
    functions++;
  }
  return { bytes, functions };
}
