import { describe, expect, it } from "vitest";
import { libraryHref, parseLibraryFilters } from "./library-filters";

describe("library addresses", () => {
  it("round-trip a filtered, sorted, searched page", () => {
    const filters = parseLibraryFilters({ q: " ants ", kind: "interview", sort: "shortest", page: "2" });
    expect(filters).toEqual({ search: "ants", kind: "interview", sort: "shortest", page: 2 });
    expect(libraryHref(filters)).toBe("/library?q=ants&kind=interview&sort=shortest&page=2");
    expect(parseLibraryFilters(Object.fromEntries(new URL(libraryHref(filters), "http://x").searchParams))).toEqual(filters);
  });

  it("read unknown values as the default view, and give it the home address", () => {
    const filters = parseLibraryFilters({ kind: "poetry", sort: ["random", "x"], page: "-3" });
    expect(filters).toEqual({ search: undefined, kind: undefined, sort: "newest", page: 1 });
    expect(libraryHref(filters)).toBe("/");
  });
});
