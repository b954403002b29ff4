import "server-only";
import { cookies } from "next/headers";
import { timeZoneSchema } from "@newsquiz/api";
import { TIME_ZONE_COOKIE } from "@/lib/time-zone";

/** The visitor's time zone from their cookie (or an explicit value), UTC when missing or not a real zone. */
export async function visitorTimeZone(explicit?: string | null): Promise<string> {
  const candidate = explicit ?? (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  const parsed = timeZoneSchema.safeParse(candidate);
  return parsed.success ? parsed.data : "UTC";
}
