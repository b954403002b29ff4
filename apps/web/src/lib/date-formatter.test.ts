import { describe, expect, it } from "vitest";
import { cachedDateFormatterCount, dateFormatter, MAX_CACHED_DATE_FORMATTERS } from "./date-formatter";
import { formatDateTime, formatDay } from "./time-zone";

const instant = new Date("2026-11-25T23:30:00Z");

describe("dateFormatter", () => {
  it("formats as a new Intl.DateTimeFormat would, in each visitor's zone", () => {
    expect(formatDateTime(instant, "Europe/Berlin")).toBe("Nov 26, 2026, 12:30 AM");
    expect(formatDateTime(instant, "America/New_York")).toBe("Nov 25, 2026, 6:30 PM");
    expect(formatDateTime(instant, "Europe/Berlin")).toBe("Nov 26, 2026, 12:30 AM");
    expect(formatDay("2026-11-26", "2026-12-01")).toBe("Nov 26");
    expect(formatDay("2025-11-26", "2026-12-01")).toBe("Nov 26, 2025");
    const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" };
    expect(dateFormatter("en-GB", options).format(instant)).toBe(new Intl.DateTimeFormat("en-GB", options).format(instant));
  });

  it("makes one formatter per locale, options and zone, not one per call", () => {
    const before = cachedDateFormatterCount();
    for (let i = 0; i < 500; i++) formatDateTime(new Date(instant.getTime() + i * 60_000), "Asia/Tokyo");
    expect(cachedDateFormatterCount()).toBeLessThanOrEqual(before + 1);
    expect(dateFormatter("en-US", { timeZone: "Asia/Tokyo" })).toBe(dateFormatter("en-US", { timeZone: "Asia/Tokyo" }));
  });

  it("refuses an unknown zone without keeping anything for it", () => {
    const before = cachedDateFormatterCount();
    expect(() => formatDateTime(instant, "Mars/Olympus_Mons")).toThrow(RangeError);
    expect(cachedDateFormatterCount()).toBe(before);
  });

  it(`never holds more than ${MAX_CACHED_DATE_FORMATTERS} formatters, and a dropped one is made again`, () => {
    const zones = Intl.supportedValuesOf("timeZone");
    const locales = ["en-US", "en-GB", "de-DE"];
    for (const timeZone of zones) for (const locale of locales) dateFormatter(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
    expect(zones.length * locales.length).toBeGreaterThan(MAX_CACHED_DATE_FORMATTERS);
    expect(cachedDateFormatterCount()).toBeLessThanOrEqual(MAX_CACHED_DATE_FORMATTERS);
    expect(formatDateTime(instant, zones[0]!)).toBe(new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: zones[0] }).format(instant));
  });
});
