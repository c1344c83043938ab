"""The course checker's reading of a report, step by step as course-checker.md states it,
written in Python so that Python itself does the splitting, the regex and the newlines.
The TypeScript simulation is compared with it.
Usage: checker_oracle.py VERSION [--table JSON] FILE...
Prints one JSON line per file: {"error": str|null, "answers": [{"words", "images"}], "pass": [bool]|null}.
With --table (a JSON list, one entry per question: [words_min, words_max, images_min, images_max],
null for a limit the checker does not check), "pass" says whether each answer is within its
question's limits, as report.py judges it; null when the checker raises. Without it, "pass" is null."""
import json
import re
import sys

IMAGE = r"\!\[.*?\]\(.*?\)"


def read(path, version, table):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if version == 27:
        text = text[43:]
    pieces = text.split("Answer:")
    if version == 31:
        pieces = pieces[1:]
    answers = []
    for piece in pieces:
        if "###" in piece:
            answer = piece[: piece.index("###")]
            if "##" in answer:
                answer = answer[: answer.index("##")]
            answers.append(answer)
    try:
        answers.append(pieces[-1])
    except IndexError as error:
        return {"error": "IndexError: " + str(error), "answers": [], "pass": None}
    if version == 27:
        answers = answers[1:]
    answers = [a.strip("\n") for a in answers]
    error = None
    if len(answers) != version:
        hint = "Have you filled out every field?" if version == 27 else "Have you changed the template?"
        error = "ValueError: Number of answers are different from the expected %d. %s" % (version, hint)
    counts = [{"words": len(a.split()), "images": len(re.findall(IMAGE, a))} for a in answers]
    verdicts = None
    if table is not None and error is None:
        verdicts = []
        for count, limits in zip(counts, table):
            wmin, wmax, imin, imax = limits
            ok = True
            if wmin is not None and not (wmin <= count["words"] <= wmax):
                ok = False
            if imin is not None and not (imin <= count["images"] <= imax):
                ok = False
            verdicts.append(ok)
    return {"error": error, "answers": counts, "pass": verdicts}


args = sys.argv[1:]
version = int(args.pop(0))
table = None
if args and args[0] == "--table":
    args.pop(0)
    table = json.loads(args.pop(0))
for path in args:
    print(json.dumps(read(path, version, table)))
