"""The seed article (``../shared/seed/deir-al-zor.txt``) end to end.

- golden file: fresh output must equal ``tests/golden/seed.json`` (offsets,
  entity names, kinds, types, rules, parents; no article text). After an
  intended change, regenerate with ``python tests/regen_golden.py`` and
  review the diff.
- accuracy: against the hand annotation ``../shared/eval/seed.gold.jsonl``,
  attribution F1 is 1.0 and source-entity F1 at least 0.9.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
from pathlib import Path

import pytest

import quotegraph
from quotegraph.evaluate import format_scores, read_jsonl, score

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden" / "seed.json"


def _regen():
    spec = importlib.util.spec_from_file_location("regen_golden", HERE / "regen_golden.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def seed_text(shared) -> str:
    path = shared / "seed" / "deir-al-zor.txt"
    if not path.exists():
        pytest.skip(f"{path} not found: the seed article is not available")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_result(nlp, seed_text):
    return quotegraph.extract(seed_text, nlp=nlp, id="seed-deir-al-zor")


def test_seed_golden(seed_result):
    regen = _regen()
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    got = regen.golden_record(seed_result)
    assert got["text_sha256"] == want["text_sha256"], "the seed article changed: regenerate with python tests/regen_golden.py"
    if got != want:
        diff = "\n".join(
            difflib.unified_diff(
                regen.dumps(want).splitlines(), regen.dumps(got).splitlines(), "golden/seed.json", "fresh output", lineterm="", n=1
            )
        )
        text = seed_result.text
        changed = "\n".join(
            f"  {a.id} {a.type} {a.rule}: {text[slice(*a.source)] if a.source else None!r} / "
            f"{text[slice(*a.cue)] if a.cue else None!r} / {text[slice(*a.content)]!r}"
            for a in seed_result.attributions
        )
        pytest.fail(
            f"seed output differs from tests/golden/seed.json:\n{diff}\n\nfresh attributions:\n{changed}\n\n"
            "If the change is intended, run: python tests/regen_golden.py",
            pytrace=False,
        )


def test_seed_golden_has_no_article_text(seed_text):
    golden = GOLDEN.read_text(encoding="utf-8")
    sentences = [s.strip() for s in seed_text.replace("\n", " ").split(".") if len(s.strip()) > 40]
    assert sentences and not any(s[:40] in golden for s in sentences)


def test_seed_scores_against_gold(shared, seed_result):
    gold_path = shared / "eval" / "seed.gold.jsonl"
    if not gold_path.exists():
        pytest.skip(f"{gold_path} not found: the evaluation data is not available")
    gold = list(read_jsonl(gold_path))
    assert len(gold) == 1 and gold[0]["text"] == seed_result.text
    pred = seed_result.to_dict()
    pred["id"] = gold[0]["id"]
    s = score(gold, [pred])
    report = format_scores(s)
    assert s["attribution"].f1 == 1.0, report
    assert s["source_entity"].f1 >= 0.9, report
