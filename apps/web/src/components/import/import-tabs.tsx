"use client";

import { useEffect, useRef, useState } from "react";
import { AddressForm } from "./address-form";
import { FeedImport } from "./feed-import";
import { PasteForm } from "./paste-form";
import { UploadForm } from "./upload-form";

const TABS = [
  { id: "paste", label: "Paste", title: "Paste an article", lede: "A headline and the text, or the whole article with its headline on the first line." },
  { id: "upload", label: "Upload", title: "Upload a file", lede: "A .txt, .md or .html file from your computer." },
  { id: "address", label: "Address", title: "Import by address", lede: "The address of a news page: only the article is kept." },
  { id: "feed", label: "Feed", title: "Import from a feed", lede: "The address of an RSS or Atom feed: tick the items you want." },
] as const;
type TabId = (typeof TABS)[number]["id"];

function isTab(value: string): value is TabId {
  return TABS.some((t) => t.id === value);
}

/**
 * The four ways to bring an article, as WAI-ARIA tabs (arrow keys move between tabs; the address's #hash
 * opens one directly). Panels stay mounted so switching tabs keeps what was typed.
 */
export function ImportTabs() {
  const [active, setActive] = useState<TabId>("paste");
  const tabRefs = useRef<Record<TabId, HTMLButtonElement | null>>({ paste: null, upload: null, address: null, feed: null });

  useEffect(() => {
    const fromHash = () => {
      const id = window.location.hash.slice(1);
      if (isTab(id)) setActive(id);
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, []);

  function select(id: TabId, focus = false) {
    setActive(id);
    window.history.replaceState(null, "", `#${id}`);
    if (focus) tabRefs.current[id]?.focus();
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    const index = TABS.findIndex((t) => t.id === active);
    const to =
      event.key === "ArrowRight" ? (index + 1) % TABS.length
      : event.key === "ArrowLeft" ? (index - 1 + TABS.length) % TABS.length
      : event.key === "Home" ? 0
      : event.key === "End" ? TABS.length - 1
      : null;
    if (to === null) return;
    event.preventDefault();
    const tab = TABS[to];
    if (tab) select(tab.id, true);
  }

  return (
    <div className="import-tabs">
      <div role="tablist" aria-label="Ways to import" className="tab-list" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              tabRefs.current[tab.id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={active === tab.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={active === tab.id ? 0 : -1}
            className="tab"
            onClick={() => select(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <section key={tab.id} role="tabpanel" id={`panel-${tab.id}`} aria-labelledby={`tab-${tab.id}`} hidden={active !== tab.id} className="tab-panel" tabIndex={0}>
          <h2>{tab.title}</h2>
          <p className="page-lede">{tab.lede}</p>
          {tab.id === "paste" ? <PasteForm /> : tab.id === "upload" ? <UploadForm /> : tab.id === "address" ? <AddressForm /> : <FeedImport />}
        </section>
      ))}
    </div>
  );
}
