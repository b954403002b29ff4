import type { Metadata } from "next";
import { ImportTabs } from "@/components/import/import-tabs";

// The same for everyone (the visitor's data loads in the browser): served from Next's cache with its scripts'
// hashes as its CSP (src/proxy.ts). `dynamic = "error"`: reading the request here fails the build.
export const dynamic = "error";

export const metadata: Metadata = { title: "Import an article" };

export default function ImportPage() {
  return (
    <div className="import-page">
      <h1 className="page-title">Bring your own article</h1>
      <p className="page-lede">
        Import a news article to read it here and take a quiz on it. Imported articles are private: only you see them, and you can delete them.
      </p>
      <ImportTabs />
    </div>
  );
}
