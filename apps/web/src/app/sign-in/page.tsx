import type { Metadata } from "next";
import { Suspense } from "react";
import { AccountForm } from "@/components/account-form";

// Rendered per request (with the proxy's nonce) so the form, which reads the address's `next`, is in the HTML.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <Suspense>
      <AccountForm mode="sign-in" />
    </Suspense>
  );
}
