import { randomBytes } from "node:crypto";

/** 32 letters and digits nobody confuses when reading a code off a board (no 0, 1, I, O). */
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
/** Characters in a code: 10 × 5 bits = 50 bits, about 10^15 codes; with the join limit per address nobody finds one by trying. */
export const JOIN_CODE_LENGTH = 10;

/** A fresh random join code from the OS CSPRNG, e.g. "K7QX3-M9RTA" (shown with a dash, stored without). */
export function makeJoinCode(): string {
  const bytes = randomBytes(JOIN_CODE_LENGTH);
  let code = "";
  // 256 is a multiple of 32, so `byte % 32` is unbiased
  for (const byte of bytes) code += ALPHABET[byte % 32];
  return code;
}

/** A code as typed or pasted ("k7qx3 m9rta", "K7QX3-M9RTA") in its stored form, or null when it cannot be one. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== JOIN_CODE_LENGTH || [...code].some((c) => !ALPHABET.includes(c))) return null;
  return code;
}

/** "K7QX3M9RTA" → "K7QX3-M9RTA", easier to read aloud. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
