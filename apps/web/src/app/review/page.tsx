import type { Metadata } from "next";
import { ReviewSession } from "@/components/review/review-session";

// The same for everyone (the visitor's data loads in the browser): served from Next's cache with its scripts'
// hashes as its CSP (src/proxy.ts). `dynamic = "error"`: reading the request here fails the build.
export const dynamic = "error";

export const metadata: Metadata = { title: "Review" };

export default function ReviewPage() {
  return (
    <>
      <h1 className="page-title">Review</h1>
      <p className="page-lede">
        Questions you got wrong come back here: a day later at first, then after 2, 4, 8 and 16 days each time you get them right. A wrong answer starts
        the question over.
      </p>
      <ReviewSession />
    </>
  );
}
