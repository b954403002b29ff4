import Link from "next/link";
import { useId } from "react";
import type { ArticleCard as Card } from "@newsquiz/api";
import { CardProgressBar, CardStatus } from "@/components/library/card-progress";
import { NO_QUIZ_CARD_LABEL } from "@/components/quiz/no-quiz";
import { KIND_NAMES } from "@/lib/library-labels";

export function ArticleCard({ card }: { card: Card }) {
  const noQuizId = useId();
  return (
    <li className="card">
      <h2>
        {/* a text with no quiz says so with its link too: a screen reader moving from link to link hears it */}
        <Link href={`/articles/${card.slug}`} aria-describedby={card.noQuiz ? noQuizId : undefined}>
          {card.headline}
        </Link>
      </h2>
      <p>{card.firstLine}</p>
      <ul className="meta" aria-label="About this article">
        {card.imported ? (
          <li>
            <span className="status imported">Imported</span>
          </li>
        ) : (
          <li>
            <span className="status kind">{KIND_NAMES[card.kind]}</span>
          </li>
        )}
        {card.noQuiz ? (
          <li>
            <span className="status no-quiz" id={noQuizId} data-testid="card-no-quiz">
              {NO_QUIZ_CARD_LABEL}
              <span className="visually-hidden"> for this text</span>
            </span>
          </li>
        ) : null}
        {card.source ? <li>{card.source}</li> : null}
        <li>{card.wordCount.toLocaleString("en-US")} words</li>
        <li>{card.readingMinutes} min</li>
        <li>Level: {card.level}</li>
        <li>
          <CardStatus slug={card.slug} initial={card.progress} />
        </li>
      </ul>
      <CardProgressBar slug={card.slug} initial={card.progress} />
    </li>
  );
}
