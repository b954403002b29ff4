import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * The web app's own reads of the environment (everything else goes through the packages' env schemas,
 * checked at boot). `next build` sets NEXT_PHASE while it prerenders pages: there is no database then.
 */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD;
}

/** The development server (`next dev`), which needs 'unsafe-eval' in the CSP for its source maps. */
export function isDevelopment(): boolean {
  return process.env.NODE_ENV === "development";
}
