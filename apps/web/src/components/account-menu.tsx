"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { TRPCReactProvider, useTRPC } from "@/trpc/react";

/**
 * better-auth's sign-out endpoint, called directly: its browser client (and the zod it brings) is needed
 * only by the sign-in and sign-up forms, not by the header of every page.
 */
async function signOut(): Promise<void> {
  await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}", credentials: "same-origin" });
}

/** Sign-in links for visitors and guests; the account's email and "Sign out" for members. Loaded in the browser (see lazy-islands.tsx). */
function AccountLinks() {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.session.me.queryOptions());
  if (me.isPending) return <span className="account-menu" aria-hidden="true" />;
  const user = me.data;
  if (!user || user.isAnonymous) {
    const next = encodeURIComponent(pathname ?? "/");
    return (
      <span className="account-menu">
        <Link href={`/sign-in?next=${next}`}>Sign in</Link>
        <Link href={`/sign-up?next=${next}`} className="button primary small">
          Sign up
        </Link>
      </span>
    );
  }
  return (
    <span className="account-menu">
      <span className="account-email" title={user.email}>
        {user.email}
      </span>
      <button
        type="button"
        className="button small"
        onClick={async () => {
          await signOut();
          await queryClient.invalidateQueries();
          router.push("/");
          router.refresh();
        }}
      >
        Sign out
      </button>
    </span>
  );
}

export default function AccountMenu() {
  return (
    <TRPCReactProvider>
      <AccountLinks />
    </TRPCReactProvider>
  );
}
