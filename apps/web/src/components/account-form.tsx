"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { authErrorMessage } from "@newsquiz/api/auth-messages";
import { authClient } from "@/lib/auth-client";
import { safeNext } from "@/lib/safe-next";

type Mode = "sign-in" | "sign-up";

export function AccountForm({ mode }: { mode: Mode }) {
  const router = useRouter();
  const params = useSearchParams();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // `null` only on a Pages Router page, which this form never is (Next types it for both routers).
  const next = safeNext(params?.get("next"));

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const name = String(form.get("name") ?? "").trim();
    setPending(true);
    setError(null);
    const result =
      mode === "sign-up"
        ? await authClient.signUp.email({ email, password, name: name || email.split("@")[0] || "Reader" })
        : await authClient.signIn.email({ email, password });
    setPending(false);
    if (result.error) {
      setError(authErrorMessage(result.error));
      return;
    }
    await queryClient.invalidateQueries();
    // Checked again against the page's real origin before leaving (no open redirects).
    router.push(safeNext(next, window.location.origin));
    router.refresh();
  }

  const isSignUp = mode === "sign-up";
  return (
    <div className="auth-card">
      <h1 className="page-title">{isSignUp ? "Create your account" : "Sign in"}</h1>
      <p className="page-lede">
        {isSignUp
          ? "Keep your scores and review on any device. Everything you did as a guest stays yours."
          : "Welcome back. Anything you did as a guest on this device is added to your account."}
      </p>
      <form onSubmit={onSubmit} className="form-stack" noValidate={false}>
        {isSignUp ? (
          <div className="field">
            <label htmlFor="name">Name (optional)</label>
            <input id="name" name="name" type="text" autoComplete="name" maxLength={100} />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="email">Email</label>
          <input id="email" name="email" type="email" autoComplete="email" required maxLength={254} />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete={isSignUp ? "new-password" : "current-password"}
            required
            minLength={isSignUp ? 8 : undefined}
            maxLength={128}
            aria-describedby={isSignUp ? "password-hint" : undefined}
          />
          {isSignUp ? (
            <p id="password-hint" className="field-hint">
              At least 8 characters.
            </p>
          ) : null}
        </div>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? (isSignUp ? "Creating account…" : "Signing in…") : isSignUp ? "Create account" : "Sign in"}
        </button>
      </form>
      <p className="auth-switch">
        {isSignUp ? (
          <>
            Already have an account? <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link href={`/sign-up?next=${encodeURIComponent(next)}`}>Create an account</Link>
          </>
        )}
      </p>
    </div>
  );
}
