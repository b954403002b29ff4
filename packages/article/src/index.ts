export * from "./article-schema";
