"use client";

import { createContext, useContext } from "react";

/**
 * The address's path, for the header (the current link, closing the menu after a link is followed). Given by
 * each router: the App Router's root layout through `AppRouterPath`, the Pages Router's `_app` from
 * `next/router`. Not `usePathname` from `next/navigation` in the header itself: on the Pages Router page that
 * module would bring the App Router's hooks along (4 KB gzipped of the reader page's first load).
 */
const CurrentPathContext = createContext("/");

export const CurrentPathProvider = CurrentPathContext.Provider;

export function useCurrentPath(): string {
  return useContext(CurrentPathContext);
}
