// Every property test in this package runs with one fixed fast-check seed (FC_SEED overrides it); fast-check
// prints the seed with any counterexample, so a failure replays exactly.
import { useFixedPropertySeed } from "./src/testing/property-seed";

useFixedPropertySeed();
