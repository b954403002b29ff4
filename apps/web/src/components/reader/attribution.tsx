import type { Article } from "@newsquiz/article";
import type { ArticleAttribution } from "@newsquiz/api";

/**
 * The credit a licensed text needs (title, author, source, licence, each linked), under the article. Nothing
 * for a text with no licence on record (an import: its "Original" link is in the facts above).
 */
export function Attribution({ article }: { article: Article & Partial<ArticleAttribution> }) {
  const { license } = article;
  if (!license) return null;
  return (
    <p className="attribution" data-testid="attribution">
      “{article.url ? <a href={article.url}>{article.headline}</a> : article.headline}”
      {article.author ? ` by ${article.author}` : null}
      {article.source ? (
        <>
          , from {article.sourceUrl ? <a href={article.sourceUrl}>{article.source}</a> : article.source}
        </>
      ) : null}
      , is used under{" "}
      <a href={license.url} rel="license">
        {license.name}
      </a>
      . No words were changed; datelines and image captions were left out.
    </p>
  );
}
