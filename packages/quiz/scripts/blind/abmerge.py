"""A/B layout of a blind reading (packages/quiz/README.md, "How a reading is run").

   python3 abmerge.py OLD_DIR NEW_DIR NAME N SEED SCRATCH [REVIEW_ROOT]

OLD_DIR and NEW_DIR are two folders of the same texts laid out by ../shared/tools/prepare-blind-review.py, one per
engine build. For each text a seeded coin says which build's quizzes become the questions-A*.json files and which the
questions-B*.json files; the texts are dealt in seeded order to N reviewer folders SCRATCH/blind/NAME1 … NAMEn. The key,
SCRATCH/blind-key-NAME.json, maps each reviewer folder to its texts and the build ("old" or "new") of their A files —
the form scripts/ranker-dataset.ts reads. Each reviewer's prompt, brief.txt with its folder and output file filled in
(the brief of blind-review.md word for word, then the line form abagg.py reads), is written to
SCRATCH/blind/prompt-NAMEk.txt: paste it whole into a fresh helper. The reviewer's copy of its folder is laid out apart
from the key, under REVIEW_ROOT (default /tmp/NAME-review), so nothing beside it tells which build is which."""
import json, os, random, shutil, sys

if len(sys.argv) not in (7, 8):
    sys.exit(__doc__)
old, new, name, n, seed, scratch = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
review_root = sys.argv[7] if len(sys.argv) == 8 else f"/tmp/{name}-review"
texts = sorted(d for d in os.listdir(old) if os.path.isdir(os.path.join(old, d)))
if texts != sorted(d for d in os.listdir(new) if os.path.isdir(os.path.join(new, d))):
    sys.exit("the two folders hold different texts")
rng = random.Random(seed)
order = texts[:]
rng.shuffle(order)
key = {f"{name}{k}": {} for k in range(1, n + 1)}
for i, text in enumerate(order):
    group = f"{name}{i % n + 1}"
    a_is_old = rng.random() < 0.5
    key[group][text] = "old" if a_is_old else "new"
    d = os.path.join(scratch, "blind", group, text)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    shutil.copy(os.path.join(old, text, "article.txt"), os.path.join(d, "article.txt"))
    for label, src in (("A", old if a_is_old else new), ("B", new if a_is_old else old)):
        for f in ("questions.json", "questions-10-s1.json", "questions-10-s2.json", "questions-10-s3.json"):
            shutil.copy(os.path.join(src, text, f), os.path.join(d, f.replace("questions", f"questions-{label}")))
with open(os.path.join(scratch, f"blind-key-{name}.json"), "w") as fh:
    json.dump(key, fh, indent=1)
brief = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "brief.txt"), encoding="utf-8").read()
for group, mine in key.items():
    shutil.rmtree(os.path.join(review_root, group), ignore_errors=True)
    shutil.copytree(os.path.join(scratch, "blind", group), os.path.join(review_root, group))
    prompt = brief.replace("FOLDER", os.path.join(review_root, group)).replace("OUTFILE", os.path.join(scratch, "blind-out", group, "review.md"))
    os.makedirs(os.path.join(scratch, "blind-out", group), exist_ok=True)
    with open(os.path.join(scratch, "blind", f"prompt-{group}.txt"), "w", encoding="utf-8") as fh:
        fh.write(prompt)
    print(f"{group}: {', '.join(sorted(mine))} (prompt: blind/prompt-{group}.txt)")
