import type { Metadata } from "next";
import { getRequestCaller } from "@/server/caller";
import { AccountNeeded } from "@/components/classes/account-needed";
import { JoinClassForm } from "@/components/classes/class-forms";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Join a class" };

/** A join link (`/classes/join/<code>`): the code filled in; a visitor or guest signs up first and comes back here. */
export default async function JoinByLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const shown = decodeURIComponent(code).slice(0, 40);
  const me = await (await getRequestCaller()).session.me();
  return (
    <>
      <h1 className="page-title">Join a class</h1>
      {!me || me.isAnonymous ? (
        <AccountNeeded next={`/classes/join/${encodeURIComponent(shown)}`} what="join this class" />
      ) : (
        <>
          <p className="page-lede">Your teacher sent you this link. Check the code and join.</p>
          <JoinClassForm initialCode={shown} autoFocus />
        </>
      )}
    </>
  );
}
