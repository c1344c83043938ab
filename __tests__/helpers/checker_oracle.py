"""The course checker's reading of a report, step by step as course-checker.md states it,
written in Python so that Python itself does the splitting, the regex and the newlines.
The TypeScript simulation is compared with it. Usage: checker_oracle.py VERSION FILE...
Prints one JSON line per file: {"error": str|null, "answers": [{"words", "images"}]}."""
import json
import re
import sys

IMAGE = r"\!\[.*?\]\(.*?\)"


def read(path, version):
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
        return {"error": "IndexError: " + str(error), "answers": []}
    if version == 27:
        answers = answers[1:]
    answers = [a.strip("\n") for a in answers]
    error = None
    if len(answers) != version:
        hint = "Have you filled out every field?" if version == 27 else "Have you changed the template?"
        error = "ValueError: Number of answers are different from the expected %d. %s" % (version, hint)
    return {"error": error, "answers": [{"words": len(a.split()), "images": len(re.findall(IMAGE, a))} for a in answers]}


version = int(sys.argv[1])
for path in sys.argv[2:]:
    print(json.dumps(read(path, version)))
