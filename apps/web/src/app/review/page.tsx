import type { Metadata } from "next";
import { ReviewSession } from "@/components/review/review-session";

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
