import { describe, expect, it } from "vitest";
import { pickNumeric } from "./distractors";
import { createRng } from "./rng";
import { joinAnswerKey, makeQuiz } from "./make-quiz";
import { articleOf } from "./test-helpers";

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

describe("numeric options are written like the answer", () => {
  it("keeps the answer's decimals and no floating-point noise ('0.60 pc' → '0.30 pc', not '0.30000000000000004 pc')", () => {
    const article = articleOf([
      "Among auto stocks, Mahindra was up 0.60 per cent at Rs 411 on Tuesday, the exchange said.",
      "Bajaj Auto was up 0.50 per cent at Rs 1,003 and Hero Honda declined 3 per cent at Rs 438.",
      "The index fell 1.25 per cent to close at 6,234.57 points, its lowest level in 12 weeks.",
    ]);
    const qs = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 10 })));
    const shown = qs.flatMap((q) => (q.options ? q.options : [q.prompt]));
    expect(qs.length).toBeGreaterThan(0);
    expect(shown.filter((t) => /\d\.\d{4,}/.test(t))).toEqual([]);
    for (const q of qs.filter((x) => x.type === "choice" && x.kind === "percent")) {
      for (const o of q.options ?? []) expect(o).toMatch(/\d\.\d\d per cent|^\d+ per cent/);
    }
  });
});
