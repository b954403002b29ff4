import type { ReactNode } from "react";
import { TRPCReactProvider } from "@/trpc/react";
import "./classes.css";

/** Class pages work on the visitor's data in the browser: the data client comes with them (not with every page). */
export default function ClassesLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
