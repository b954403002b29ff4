import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { TRPCReactProvider } from "@/trpc/react";
import { ThemeToggle } from "@/components/theme-toggle";
import { SiteNav } from "@/components/site-nav";
import { AccountMenu } from "@/components/account-menu";
import { preferencesScript } from "@/lib/preferences";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "newsquiz", template: "%s · newsquiz" },
  description: "Read news articles and check what you took in with a fact quiz.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#131518" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: preferencesScript }} />
      </head>
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <TRPCReactProvider>
          <header className="site-header">
            <div className="site-header-inner">
              <Link href="/" className="brand">
                <span className="brand-mark" aria-hidden="true">
                  N
                </span>
                newsquiz
              </Link>
              <SiteNav />
              <AccountMenu />
              <ThemeToggle />
            </div>
          </header>
          <main id="content">{children}</main>
          <footer className="site-footer">
            <div>newsquiz — read the news, then check what you took in.</div>
          </footer>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
