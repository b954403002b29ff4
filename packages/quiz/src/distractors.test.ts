import { describe, expect, it } from "vitest";
import { pickNumeric } from "./distractors";
import { createRng } from "./rng";

describe("pickNumeric", () => {
  it("keeps the answer's roundness among the options: '30 May 1832' is not the only round day", () => {
    const candidates = ["24 May 1832", "26 May 1832", "27 May 1832", "23 May 1832", "20 May 1832"];
    for (let seed = 1; seed <= 20; seed++) {
      const picked = pickNumeric(candidates, createRng(seed), "30 May 1832");
      expect(picked).toHaveLength(3);
      expect(picked.some((p) => /^(?:10|20) /.test(p)), `seed ${seed}: ${picked.join(", ")}`).toBe(true);
    }
  });

  it("leaves options alone when one is already as round as the answer", () => {
    const picked = pickNumeric(["35", "40", "45", "50", "55"], createRng(3), "60");
    expect(picked).toHaveLength(3);
    expect(picked.every((p) => ["35", "40", "45", "50", "55"].includes(p))).toBe(true);
  });
});
