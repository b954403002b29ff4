"use client";

import { usePathname } from "next/navigation";
import { CurrentPathProvider } from "./current-path";

/** The App Router's path for the header (see `useCurrentPath`). */
export function AppRouterPath({ children }: { children: React.ReactNode }) {
  return <CurrentPathProvider value={usePathname() ?? "/"}>{children}</CurrentPathProvider>;
}
