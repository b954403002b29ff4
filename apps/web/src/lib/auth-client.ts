"use client";

import { createAuthClient } from "better-auth/client";
import { anonymousClient } from "better-auth/client/plugins";

/** better-auth's browser client: requests go to /api/auth/*, where its rate limits apply. */
export const authClient = createAuthClient({ plugins: [anonymousClient()] });
