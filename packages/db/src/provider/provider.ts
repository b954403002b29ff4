import { DbConfigError } from "../env";

/** The two databases newsquiz runs on: SQLite (embedded default) and PostgreSQL (several web nodes). */
export type DbProvider = "sqlite" | "postgresql";

/** Which database a DATABASE_URL names: `file:` → SQLite, `postgres://` / `postgresql://` → PostgreSQL. */
export function providerOfUrl(url: string): DbProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new DbConfigError(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got: ${redactUrl(url)}`);
}

/** A URL safe to print: the password replaced by `***`. */
export function redactUrl(url: string): string {
  return url.replace(/^(\w+:\/\/[^:/@]*:)[^@]*@/, "$1***@");
}
