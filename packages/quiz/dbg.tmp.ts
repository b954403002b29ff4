import { readFileSync } from "node:fs";
import { parseArticleText } from "@newsquiz/article";
import { analyzeArticle } from "./src/find-facts";
const a = analyzeArticle(parseArticleText(readFileSync(process.argv[2]!, "utf8")));
console.log(a.persons.map((p) => p.full));
