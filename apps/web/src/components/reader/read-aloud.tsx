"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ARTICLE_BODY_ID } from "./reader-ids";

type State = "idle" | "playing" | "paused";

function englishVoice(): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis.getVoices();
  return voices.find((v) => v.lang.startsWith("en") && v.default) ?? voices.find((v) => v.lang.startsWith("en")) ?? voices[0];
}

/**
 * Reads the article aloud with the browser's own speech synthesis, one sentence at a time, highlighting the
 * sentence being spoken. Hidden when the browser offers no voice.
 */
/** The article's sentences as the page shows them (the text is rendered on the server, not passed in again). */
function pageSentences(): Array<{ id: string; text: string }> {
  const body = document.getElementById(ARTICLE_BODY_ID);
  return [...(body?.querySelectorAll<HTMLElement>(".sentence") ?? [])].map((el) => {
    // A glossary term's tooltip is inside its sentence; it is not read as part of it.
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".term-tip").forEach((tip) => tip.remove());
    return { id: el.id, text: copy.textContent ?? "" };
  });
}

export function ReadAloud() {
  const [available, setAvailable] = useState(false);
  const [state, setState] = useState<State>("idle");
  const position = useRef(0);
  const sentences = useRef<Array<{ id: string; text: string }>>([]);

  useEffect(() => {
    if (typeof window === "undefined" || !("speechSynthesis" in window)) return;
    const check = () => setAvailable(window.speechSynthesis.getVoices().length > 0);
    check();
    window.speechSynthesis.addEventListener("voiceschanged", check);
    return () => {
      window.speechSynthesis.removeEventListener("voiceschanged", check);
      window.speechSynthesis.cancel();
    };
  }, []);

  const mark = (id: string | null) => {
    document.querySelectorAll(".sentence.speaking").forEach((el) => el.classList.remove("speaking"));
    if (!id) return;
    const el = document.getElementById(id);
    el?.classList.add("speaking");
    el?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  };

  const speakFrom = useCallback((index: number) => {
    if (sentences.current.length === 0) sentences.current = pageSentences();
    const item = sentences.current[index];
    if (!item) {
      mark(null);
      setState("idle");
      position.current = 0;
      return;
    }
    position.current = index;
    const utterance = new SpeechSynthesisUtterance(item.text);
    const voice = englishVoice();
    if (voice) utterance.voice = voice;
    utterance.lang = voice?.lang ?? "en-US";
    utterance.onstart = () => mark(item.id);
    utterance.onend = () => {
      if (position.current === index) speakFrom(index + 1);
    };
    window.speechSynthesis.speak(utterance);
  }, []);

  if (!available) return null;

  const play = () => {
    if (state === "paused") {
      window.speechSynthesis.resume();
      setState("playing");
      return;
    }
    window.speechSynthesis.cancel();
    setState("playing");
    speakFrom(position.current);
  };
  const pause = () => {
    window.speechSynthesis.pause();
    setState("paused");
  };
  const stop = () => {
    position.current = -1;
    window.speechSynthesis.cancel();
    position.current = 0;
    mark(null);
    setState("idle");
  };

  return (
    <div className="tool-group" role="group" aria-label="Read aloud">
      {state === "playing" ? (
        <button type="button" className="button" onClick={pause}>
          <span aria-hidden="true">❚❚</span> Pause
        </button>
      ) : (
        <button type="button" className="button" onClick={play}>
          <span aria-hidden="true">▶</span> {state === "paused" ? "Resume" : "Read aloud"}
        </button>
      )}
      {state !== "idle" ? (
        <button type="button" className="button" onClick={stop}>
          Stop
        </button>
      ) : null}
    </div>
  );
}
