"""Regenerate the golden files of whole-article output, on purpose.

    /work/venv/bin/python tests/regen_golden.py

writes ``tests/golden/seed.json`` from the current extractor's output on
``../shared/seed/deir-al-zor.txt``. The golden file holds offsets, entity
names, kinds, types, rules and parents, never the article text (it is
copyrighted): a SHA-256 of the text makes sure offsets are read against the
same article. Review the diff (``git diff tests/golden``) before committing.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "deir-al-zor.txt"
GOLDEN = Path(__file__).resolve().parent / "golden" / "seed.json"

#: Attribution fields kept in a golden file (no text, no confidence).
ATTR_FIELDS = ("id", "content", "source", "cue", "type", "source_entity", "source_kind", "parent", "channel", "cue_lemma", "cue_category", "rule")


def golden_record(result) -> dict[str, Any]:
    """The golden form of a :class:`~quotegraph.model.DocumentResult`."""
    d = result.to_dict()
    return {
        "text_sha256": hashlib.sha256(result.text.encode("utf-8")).hexdigest(),
        "text_chars": len(result.text),
        "attributions": [{k: a[k] for k in ATTR_FIELDS} for a in d["attributions"]],
        "sources": [{"id": s["id"], "name": s["name"], "kind": s["kind"], "mentions": s["mentions"]} for s in d["sources"]],
    }


def dumps(record: dict[str, Any]) -> str:
    """JSON with one attribution or source a line, so diffs read well."""
    lines = ["{"]
    lines.append(f'  "text_sha256": {json.dumps(record["text_sha256"])},')
    lines.append(f'  "text_chars": {record["text_chars"]},')
    for key in ("attributions", "sources"):
        items = record[key]
        lines.append(f'  "{key}": [')
        for i, item in enumerate(items):
            comma = "," if i < len(items) - 1 else ""
            lines.append("    " + json.dumps(item, ensure_ascii=False) + comma)
        lines.append("  ]" + ("," if key == "attributions" else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


def seed_record(nlp=None) -> dict[str, Any]:
    import quotegraph

    text = SEED.read_text(encoding="utf-8")
    return golden_record(quotegraph.extract(text, nlp=nlp, id="seed-deir-al-zor"))


def main() -> int:
    if not SEED.exists():
        print(f"{SEED} not found: the shared folder is not available", file=sys.stderr)
        return 1
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(dumps(seed_record()), encoding="utf-8")
    print(f"wrote {GOLDEN}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
