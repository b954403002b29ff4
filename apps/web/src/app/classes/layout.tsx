import type { ReactNode } from "react";
import "./classes.css";

export default function ClassesLayout({ children }: { children: ReactNode }) {
  return children;
}
