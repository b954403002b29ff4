import type { Metadata } from "next";
import { Suspense } from "react";
import { AccountForm } from "@/components/account-form";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <Suspense>
      <AccountForm mode="sign-up" />
    </Suspense>
  );
}
