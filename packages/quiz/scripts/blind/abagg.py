"""Unblinds a reading laid out by abmerge.py and counts it (packages/quiz/README.md, "How a reading is run").

   python3 abagg.py SCRATCH NAME

Reads SCRATCH/blind-out/NAMEk/review.md (lines "Q | <text>/<file> | <id> | A:pass U:pass G:fail N:pass | note", the
form brief.txt asks for), the key SCRATCH/blind-key-NAME.json and the question files under SCRATCH/blind/NAMEk. A
question is one object a reviewer saw (text, id, prompt, answer, options in any order), as scripts/ranker-dataset.ts
counts it: good when every line judged on it passed all four tests. Prints, per build, lines and distinct questions
passing, good questions per text, texts with none good, and the count-10 (seed 1) quizzes' share; writes the unblinded
lines to SCRATCH/blind-out/NAME-lines.json for reading the failures."""
import collections, glob, json, os, re, sys

if len(sys.argv) != 3:
    sys.exit(__doc__)
scratch, name = sys.argv[1], sys.argv[2]
key = json.load(open(os.path.join(scratch, f"blind-key-{name}.json")))
# (the note column may be left off a line that passes: "Q | text/questions-A.json | id | A:pass U:pass G:pass N:pass")
LINE = re.compile(r"^\s*Q\s*\|\s*([^|/]+?)/(questions-([AB])[^|/]*?\.json)\s*\|\s*([^|\s]+)\s*\|\s*([^|]*?)\s*(?:\|\s*(.*))?$")
rows = []
for group, texts in key.items():
    path = os.path.join(scratch, "blind-out", group, "review.md")
    if not os.path.exists(path):
        print(f"no review yet: {path}")
        continue
    files = {}
    for line in open(path, encoding="utf-8"):
        m = LINE.match(line)
        if not m:
            continue
        text, file, label, qid, tests, note = ((x or "").strip() for x in m.groups())
        if text not in texts:
            print(f"{group}: unknown text {text}")
            continue
        qpath = os.path.join(scratch, "blind", group, text, file)
        if qpath not in files:
            files[qpath] = {q["id"]: q for q in json.load(open(qpath))["questions"]} if os.path.exists(qpath) else {}
        q = files[qpath].get(qid)
        if q is None:
            print(f"{group}: no question {qid} in {text}/{file}")
            continue
        verdict = {t: (re.search(t + r"\s*:\s*(pass|fail)", tests, re.I) or [None, "?"])[1].lower() == "pass" for t in "AUGN"}
        a_build = texts[text]
        build = a_build if label == "A" else ("new" if a_build == "old" else "old")
        obj = (text, qid, q["prompt"], q["answer"], "|".join(sorted(q.get("options") or [])))
        rows.append(dict(group=group, text=text, file=file, build=build, obj=obj, verdict=verdict, good=all(verdict.values()),
                         note=note, type=q["type"], kind=q["kind"], prompt=q["prompt"], answer=q["answer"], options=q.get("options")))
with open(os.path.join(scratch, "blind-out", f"{name}-lines.json"), "w") as fh:
    json.dump([{k: v for k, v in r.items() if k != "obj"} for r in rows], fh, indent=0)
all_texts = sorted({t for texts in key.values() for t in texts})
for build in ("old", "new"):
    mine = [r for r in rows if r["build"] == build]
    objs = collections.defaultdict(list)
    for r in mine:
        objs[r["obj"]].append(r["good"])
    good = {o for o, v in objs.items() if all(v)}
    per_text = collections.Counter(o[0] for o in good)
    ten = [r for r in mine if r["file"].endswith("-10-s1.json")]
    print(f"{build}: {len(good)}/{len(objs)} distinct questions good ({100 * len(good) / max(len(objs), 1):.1f} %); "
          f"lines {sum(r['good'] for r in mine)}/{len(mine)}; good per text {len(good) / len(all_texts):.2f}; "
          f"texts with no good question {sum(1 for t in all_texts if per_text[t] == 0)} of {len(all_texts)}; "
          f"count-10 seed 1: {sum(r['good'] for r in ten)}/{len(ten)}")
    for group in key:
        g = {o: v for o, v in objs.items() if any(r["group"] == group and r["obj"] == o for r in mine)}
        print(f"   {group}: {sum(all(v) for v in g.values())}/{len(g)}")
    by_form = collections.defaultdict(lambda: [0, 0])
    seen = set()
    for r in mine:
        if r["obj"] in seen:
            continue
        seen.add(r["obj"])
        by_form[f"{r['type']}/{r['kind']}"][0] += all(objs[r["obj"]])
        by_form[f"{r['type']}/{r['kind']}"][1] += 1
    print("   by form: " + ", ".join(f"{k} {g}/{n}" for k, (g, n) in sorted(by_form.items(), key=lambda x: -x[1][1])))
