import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { ThemeToggle } from "@/components/theme-toggle";
import { SiteNav } from "@/components/site-nav";
import { AccountMenu } from "@/components/lazy-islands";
import { HeaderMenu } from "@/components/header-menu";
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
        {/* No nonce: every page's CSP allows this script by its hash (src/lib/page-csp.mjs), so pages can be cached. */}
        <script dangerouslySetInnerHTML={{ __html: preferencesScript }} />
      </head>
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header-inner">
            <Link href="/" className="brand">
              <span className="brand-mark" aria-hidden="true">
                N
              </span>
              newsquiz
            </Link>
            <HeaderMenu>
              <SiteNav />
              <AccountMenu />
            </HeaderMenu>
            <ThemeToggle />
          </div>
        </header>
        <main id="content">{children}</main>
        <footer className="site-footer">
          <div>newsquiz — read the news, then check what you took in.</div>
        </footer>
      </body>
    </html>
  );
}
