"""Build ``examples/articles.jsonl`` from the example articles (``*.txt``).

    python examples/make_jsonl.py

Each record is ``{"id", "text", "title", "date", "outlet", "url"}``; the
text is the whole file, the title its headline (the first line after the
"Invented example" notice). The dates, outlet and addresses are invented too.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTICE = "Invented example article written for quotegraph; not real news."

#: Invented publication dates, by article id.
DATES = {
    "ferry-contract": "2024-03-13",
    "harbour-strike": "2024-03-11",
    "river-flood": "2024-03-10",
}


def records() -> list[dict]:
    out = []
    for path in sorted(HERE.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if not lines or lines[0] != NOTICE:
            raise ValueError(f"{path.name} does not start with the notice line")
        doc_id = path.stem
        out.append(
            {
                "id": doc_id,
                "text": text,
                "title": lines[1],
                "date": DATES.get(doc_id, "2024-03-01"),
                "outlet": "quotegraph examples",
                "url": f"https://example.org/quotegraph/{doc_id}",
            }
        )
    return out


def render() -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def main() -> None:
    (HERE / "articles.jsonl").write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
