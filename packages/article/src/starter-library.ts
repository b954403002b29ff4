import { z } from "zod";

/** What sort of text an article is: the starter library's four kinds, and "other" for everything imported. */
export const articleKindSchema = z.enum(["news", "interview", "biography", "textbook", "other"]);
export type ArticleKind = z.infer<typeof articleKindSchema>;
/** The kinds in the order the library's filter lists them. */
export const ARTICLE_KINDS: readonly ArticleKind[] = articleKindSchema.options;

const httpsUrl = z.url({ protocol: /^https$/ }).max(2048);

/** A licence a text is redistributed under: its short name and its legal code. */
export const licenseSchema = z.strictObject({ name: z.string().min(1).max(100), url: httpsUrl });
export type License = z.infer<typeof licenseSchema>;

export const publisherSchema = z.strictObject({
  /** Shown as the article's source ("Wikinews"). */
  name: z.string().min(1).max(200),
  /** The publisher's home page. */
  url: httpsUrl,
  /** Shown as the author ("Wikinews contributors"). */
  author: z.string().min(1).max(200),
  license: licenseSchema,
});
export type Publisher = z.infer<typeof publisherSchema>;

/**
 * samples/library/manifest.json: the starter library's texts in the order they are imported, each with its
 * kind, original address and publisher (whose name, author line and licence every text of it shares).
 */
export const starterLibraryManifestSchema = z
  .strictObject({
    $comment: z.string().optional(),
    publishers: z.record(z.string().regex(/^[a-z]+$/), publisherSchema),
    texts: z
      .array(
        z.strictObject({
          /** The text's file in samples/library/ (plain-text article format). */
          file: z.string().regex(/^[a-z0-9-]+\.txt$/),
          kind: articleKindSchema.exclude(["other"]),
          /** A key of `publishers`. */
          publisher: z.string(),
          /** The headline the file starts with (checked on import). */
          headline: z.string().min(1).max(300),
          publishedAt: z.iso.date(),
          /** Where the text was published. */
          url: httpsUrl,
        }),
      )
      .min(1),
  })
  .superRefine((manifest, ctx) => {
    const files = new Set<string>();
    manifest.texts.forEach((text, i) => {
      if (!(text.publisher in manifest.publishers)) {
        ctx.addIssue({ code: "custom", path: ["texts", i, "publisher"], message: `Unknown publisher "${text.publisher}".` });
      }
      if (files.has(text.file)) ctx.addIssue({ code: "custom", path: ["texts", i, "file"], message: `"${text.file}" is listed twice.` });
      files.add(text.file);
    });
  });
export type StarterLibraryManifest = z.infer<typeof starterLibraryManifestSchema>;
