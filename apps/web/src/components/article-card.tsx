import Link from "next/link";
import type { ArticleCard as Card } from "@newsquiz/api";
import { CardProgressBar, CardStatus } from "@/components/library/card-progress";
import { KIND_NAMES } from "@/lib/library-labels";

export function ArticleCard({ card }: { card: Card }) {
  return (
    <li className="card">
      <h2>
        <Link href={`/articles/${card.slug}`}>{card.headline}</Link>
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
