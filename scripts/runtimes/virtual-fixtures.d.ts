declare module "virtual:fixtures" {
  /** `[package, fixture file relative to its test/fixtures folder, file text]`, filled in at bundle time. */
  const fixtures: readonly (readonly [string, string, string])[];
  export default fixtures;
}
