import Link from "next/link";
import { ThemeToggle } from "@/components/theme-toggle";
import { SiteNav } from "@/components/site-nav";
import { AccountMenu } from "@/components/lazy-islands";
import { HeaderMenu } from "@/components/header-menu";

/**
 * The header and footer of every page: the App Router's root layout (src/app/layout.tsx) and the Pages
 * Router's reader page (src/pages/_app.tsx) put the same parts around their content.
 */
export function SiteHeader() {
  return (
    <>
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
    </>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div>newsquiz — read the news, then check what you took in.</div>
    </footer>
  );
}
