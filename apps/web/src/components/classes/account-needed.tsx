import Link from "next/link";

/** Classes need an account: what a visitor or guest sees instead, with a way back here after signing up. */
export function AccountNeeded({ next, what }: { next: string; what: string }) {
  const back = encodeURIComponent(next);
  return (
    <div className="empty-state">
      <h2>Sign up to {what}</h2>
      <p>Classes need an account, so your teacher knows whose work is whose. Anything you did as a guest (reading, scores, review) is kept when you sign up.</p>
      <p className="class-actions">
        <Link className="button primary" href={`/sign-up?next=${back}`}>
          Create an account
        </Link>
        <Link className="button" href={`/sign-in?next=${back}`}>
          Sign in
        </Link>
      </p>
    </div>
  );
}
