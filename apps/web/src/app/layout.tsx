import type { Metadata, Viewport } from "next";
import { SiteFooter, SiteHeader } from "@/components/site-chrome";
import { AppRouterPath } from "@/components/app-router-path";
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
        <AppRouterPath>
          <SiteHeader />
        </AppRouterPath>
        <main id="content">{children}</main>
        <SiteFooter />
      </body>
    </html>
  );
}
