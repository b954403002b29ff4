// Developer aid: prints the facts found in an article file. Usage: node --import tsx/esm scripts/dump-facts.ts FILE
import { readFileSync } from "node:fs";
import { parseArticleText } from "@newsquiz/article";
import { findFacts } from "../src/find-facts";

for (const file of process.argv.slice(2)) {
  const article = parseArticleText(readFileSync(file, "utf8"));
  for (const f of findFacts(article)) {
    const extra = [f.form, f.unit, f.hedge, f.group, f.placeClass, f.speakerFull ?? f.speaker].filter(Boolean).join(" ");
    console.log(`${f.paragraph}.${f.sentence} ${f.kind.padEnd(12)} ${JSON.stringify(f.text.slice(0, 60))} ${extra} ${f.flags.length ? "[" + f.flags.join(",") + "]" : ""}`);
  }
}
