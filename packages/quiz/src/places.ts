import { countries } from "countries-list";
import { COUNTRY_EXTRA, MAJOR_CITIES, REGIONS, US_STATES } from "./word-lists";

export type PlaceClass = "country" | "city" | "region" | "state";

export interface PlaceInfo {
  name: string;
  cls: PlaceClass;
  /** ISO country code: the country itself, or the country a city is in. */
  country?: string;
  continent?: string;
}

interface PlaceIndex {
  byName: Map<string, PlaceInfo>;
  countriesByContinent: Map<string, string[]>;
  citiesByCountry: Map<string, string[]>;
  capitalsByContinent: Map<string, string[]>;
}

let index: PlaceIndex | undefined;

/** Built once, on first use. */
function getIndex(): PlaceIndex {
  if (index) return index;
  const byName = new Map<string, PlaceInfo>();
  const countriesByContinent = new Map<string, string[]>();
  const citiesByCountry = new Map<string, string[]>();
  const capitalsByContinent = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, v: string): void => {
    const list = m.get(k);
    if (list) {
      if (!list.includes(v)) list.push(v);
    } else m.set(k, [v]);
  };
  const continentOf = new Map<string, string>();
  for (const [code, c] of Object.entries(countries)) {
    continentOf.set(code, c.continent);
    const info: PlaceInfo = { name: c.name, cls: "country", country: code, continent: c.continent };
    byName.set(c.name, info);
    for (const a of c.alias ?? []) byName.set(a, { ...info, name: a });
    for (const a of COUNTRY_EXTRA[code] ?? []) byName.set(a, { ...info, name: a });
    if (!c.name.includes(",") && c.name.length <= 14) push(countriesByContinent, c.continent, c.name);
    if (c.capital) {
      byName.set(c.capital, { name: c.capital, cls: "city", country: code, continent: c.continent });
      push(citiesByCountry, code, c.capital);
      push(capitalsByContinent, c.continent, c.capital);
    }
  }
  for (const [city, code] of Object.entries(MAJOR_CITIES)) {
    if (!byName.has(city)) byName.set(city, { name: city, cls: "city", country: code, continent: continentOf.get(code) });
    push(citiesByCountry, code, city);
  }
  for (const r of REGIONS) byName.set(r, { name: r, cls: "region" });
  for (const s of US_STATES) byName.set(s, { name: s, cls: "state", country: "US", continent: "NA" });
  index = { byName, countriesByContinent, citiesByCountry, capitalsByContinent };
  return index;
}

/** Every name the index knows for a country code ("US": "United States", "U.S.", "America" …). */
let namesByCode: Map<string, string[]> | undefined;
export function countryNames(code: string | undefined): string[] {
  if (!code) return [];
  if (!namesByCode) {
    namesByCode = new Map();
    for (const [name, info] of getIndex().byName) {
      if (info.cls !== "country" || !info.country) continue;
      const list = namesByCode.get(info.country);
      if (list) list.push(name);
      else namesByCode.set(info.country, [name]);
    }
  }
  return namesByCode.get(code) ?? [];
}

export function capitalOf(code: string | undefined): string | undefined {
  if (!code) return undefined;
  return (countries as Record<string, { capital?: string }>)[code]?.capital || undefined;
}

export function lookupPlace(name: string): PlaceInfo | undefined {
  return getIndex().byName.get(name);
}

/**
 * Candidate distractors of the same class as `place`, best first: for a city, other cities of the same country,
 * then capitals of the same continent; for a country, countries of the same continent; for a region or state, others.
 */
export function placeCandidates(place: PlaceInfo): string[] {
  const ix = getIndex();
  if (place.cls === "country") return ix.countriesByContinent.get(place.continent ?? "") ?? [];
  if (place.cls === "city") {
    const same = place.country ? (ix.citiesByCountry.get(place.country) ?? []) : [];
    const near = ix.capitalsByContinent.get(place.continent ?? "") ?? [];
    return [...same, ...near.filter((c) => !same.includes(c))];
  }
  if (place.cls === "state") return US_STATES.filter((s) => !s.includes("State"));
  return REGIONS.filter((r) => !r.startsWith("the "));
}
