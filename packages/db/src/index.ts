export { createDb, dbProvider, getDb, DEFAULT_PG_POOL_SIZE, SQLITE_BUSY_TIMEOUT_MS, type CreateDbOptions, type Db } from "./client";
export { querySql, writeSql, writeSqlBatch, type DirectOptions } from "./direct-sql";
export { providerOfUrl, redactUrl, type DbProvider } from "./provider/provider";
export { publishCacheTags, readCacheTagsSince, tagStateAfterRevalidate, type CacheTagState } from "./cache-tags";
export { backfillSearchText, foldForSearch, searchTextOf, searchTokensOf } from "./search-text";
export { articleMatches, fts5QueryOf, MAX_SEARCH_WORDS, SEARCH_INDEX_TABLES, searchTermsOf, tsQueryOf } from "./search-index";
export { dbEnvSchema, readDbEnv, parseEnv, DbConfigError, type DbEnv, type EnvSource, type ParsedEnv } from "./env";
export { findRepoRoot, resolveDataDir, resolveDatabaseUrl } from "./paths";
export { createSettingIfAbsent, readSetting, replaceSetting } from "./settings";
export {
  ArticleRowError,
  ArticleSlugTakenError,
  contentHashOf,
  ensurePublicArticle,
  ensureSampleArticle,
  rowParagraphs,
  rowReadingLevel,
  toArticle,
  upsertArticle,
  articleRowData,
  type EnsurePublicResult,
  type EnsureSampleResult,
  type PublicArticleExtras,
  type UpsertArticleOptions,
} from "./articles";
export {
  ensureStarterLibrary,
  readStarterLibrary,
  readStarterManifest,
  starterLibraryDir,
  starterLibrarySlugs,
  StarterLibraryError,
  type EnsureStarterLibraryResult,
  type StarterText,
} from "./starter-library";
export { Prisma, PrismaClient } from "./generated/prisma/client";
export type {
  Account as AccountRow,
  Answer as AnswerRow,
  Article as ArticleRow,
  Assignment as AssignmentRow,
  Attempt as AttemptRow,
  ClassMember as ClassMemberRow,
  Classroom as ClassroomRow,
  QuestionFlag as QuestionFlagRow,
  Quiz as QuizRow,
  ReadingProgress as ReadingProgressRow,
  ReviewItem as ReviewItemRow,
  Session as SessionRow,
  Setting as SettingRow,
  User as UserRow,
} from "./generated/prisma/client";
