/**
 * Date formatters made once and reused. Making an `Intl.DateTimeFormat` (which `Date#toLocaleString` with
 * options also does, every call) builds ICU's date-pattern tables: ~0.25 ms of CPU and tens of KB of native
 * memory each, and that memory is only given back when V8 happens to collect the wrapper — under load the
 * server's resident memory grew by ~850 MB from formatters alone (apps/web/README.md, Memory). One formatter
 * per locale, options and time zone is kept here instead.
 */

/** At most this many formatters are kept (a handful of option sets × the ~600 IANA zones); the oldest goes first. */
export const MAX_CACHED_DATE_FORMATTERS = 1000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** `new Intl.DateTimeFormat(locale, options)`, made once per locale and options (time zone included). */
export function dateFormatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ""}|${JSON.stringify(options)}`;
  const cached = formatters.get(key);
  if (cached) return cached;
  // Throws RangeError for an unknown time zone before anything is kept.
  const made = new Intl.DateTimeFormat(locale, options);
  if (formatters.size >= MAX_CACHED_DATE_FORMATTERS) {
    const oldest = formatters.keys().next().value;
    if (oldest !== undefined) formatters.delete(oldest);
  }
  formatters.set(key, made);
  return made;
}

/** How many formatters are kept (for tests). */
export function cachedDateFormatterCount(): number {
  return formatters.size;
}
