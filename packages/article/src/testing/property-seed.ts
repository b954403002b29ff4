import fc from "fast-check";

/** The seed every property test in the repository uses unless FC_SEED says otherwise. */
export const DEFAULT_PROPERTY_SEED = 20_260_817;

/**
 * Fixes fast-check's seed for the run (FC_SEED overrides it, e.g. to replay a failure). fast-check prints
 * the seed and the shrunk counterexample when a property fails, so a failure can be replayed exactly.
 */
export function useFixedPropertySeed(env: Record<string, string | undefined> = process.env): number {
  const fromEnv = Number(env.FC_SEED);
  const seed = Number.isSafeInteger(fromEnv) && env.FC_SEED !== undefined && env.FC_SEED !== "" ? fromEnv : DEFAULT_PROPERTY_SEED;
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
  return seed;
}
