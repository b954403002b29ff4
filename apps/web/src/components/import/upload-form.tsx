"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTRPC } from "@/trpc/react";
import { ImportStatus } from "./import-status";
import { ACCEPTED_EXTENSIONS, MAX_IMPORT_BYTES, useOpenImported } from "./use-open-imported";

/** Base64 of a file's bytes, for tRPC's JSON transport (files are at most 200 KB). */
async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
}

/** The same refusals the server makes, said before anything is sent. */
function checkFile(file: File): string | null {
  const name = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext))) return "This is not a text or HTML file";
  if (file.size > MAX_IMPORT_BYTES) return "The file is too large";
  return null;
}

export function UploadForm() {
  const trpc = useTRPC();
  const open = useOpenImported();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const upload = useMutation(trpc.import.file.mutationOptions({ onSuccess: open }));
  const error = localError ?? upload.error?.message ?? null;
  const busy = upload.isPending || upload.isSuccess;

  function choose(next: File | undefined) {
    upload.reset();
    setFile(next ?? null);
    setLocalError(next ? checkFile(next) : null);
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return setLocalError("Choose a file first.");
    const problem = checkFile(file);
    if (problem) return setLocalError(problem);
    upload.mutate({ name: file.name, ...(file.type ? { type: file.type } : {}), base64: await fileToBase64(file) });
  }

  return (
    <form className="form-stack" onSubmit={onSubmit}>
      <div
        className={dragging ? "dropzone dragging" : "dropzone"}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = "copy";
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          choose(e.dataTransfer.files[0]);
        }}
      >
        <p className="dropzone-text" id="drop-hint">
          Drop a <strong>.txt</strong>, <strong>.md</strong> or <strong>.html</strong> file here (200 KB at most), or
        </p>
        <input
          ref={inputRef}
          id="import-file"
          name="file"
          type="file"
          className="file-input"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          aria-describedby={error ? "drop-hint file-error" : "drop-hint"}
          onChange={(e) => choose(e.currentTarget.files?.[0])}
        />
        <label htmlFor="import-file" className="button">
          Choose a file
        </label>
        {file ? (
          <p className="dropzone-file">
            Selected: <strong>{file.name}</strong> ({formatSize(file.size)})
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" className="button primary" disabled={busy || !file || localError !== null}>
          {busy ? "Importing…" : "Import this file"}
        </button>
      </div>
      <ImportStatus id="file-error" pending={upload.isPending} pendingText="Reading the file and making its quiz…" error={error} done={upload.isSuccess ? "Imported. Opening the article…" : null} />
    </form>
  );
}
