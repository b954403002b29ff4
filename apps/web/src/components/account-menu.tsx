"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";
import { authClient } from "@/lib/auth-client";

/** Sign-in links for visitors and guests; the account's email and "Sign out" for members. Loaded in the browser so pages stay static. */
export function AccountMenu() {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.session.me.queryOptions());
  if (me.isPending) return <span className="account-menu" aria-hidden="true" />;
  const user = me.data;
  if (!user || user.isAnonymous) {
    const next = encodeURIComponent(pathname);
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
          await authClient.signOut();
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
