import { describe, expect, it } from "vitest";
import { sampleArticle } from "@newsquiz/article/samples";
import { segmentSentence } from "./glossary-segments";

const glossary = sampleArticle().glossary;

describe("segmentSentence", () => {
  it("marks an acronym with its expansion once per paragraph, keeping the text intact", () => {
    const marked = new Set<string>();
    const text = "According to the NIS, approximately 1,500 North Korean soldiers were transported.";
    const segments = segmentSentence(text, glossary, marked);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.kind === "term")).toEqual([{ kind: "term", text: "NIS", expansion: "National Intelligence Service" }]);
    expect(segmentSentence("The NIS said more.", glossary, marked).every((s) => s.kind === "text")).toBe(true);
  });

  it("does not mark an acronym where the sentence spells it out, nor inside another word", () => {
    const spelled = "The National Intelligence Service’s (NIS) confirmation came after the meeting.";
    expect(segmentSentence(spelled, glossary, new Set()).some((s) => s.kind === "term")).toBe(false);
    expect(segmentSentence("The UNISON union met.", glossary, new Set()).some((s) => s.kind === "term")).toBe(false);
  });
});
