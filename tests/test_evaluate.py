"""Tests of quotegraph.evaluate, the attribution scorer.

Hand-computed cases use invented sentences. The gold-data tests read
``../shared/eval/`` (never copied into the repository) and skip when it is
absent.
"""

from __future__ import annotations

import doctest
import json
import math
from pathlib import Path

import pytest

from quotegraph import evaluate
from quotegraph.evaluate import (
    content_equal,
    format_scores,
    match_document,
    names_match,
    read_jsonl,
    score,
    score_document,
    source_right,
    trim,
)
from quotegraph.model import Attribution

EVAL_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def gold_file(name: str) -> Path:
    path = EVAL_DIR / name
    if not path.exists():
        pytest.skip(f"evaluation data {path} not found (see ../shared/eval/README.md)")
    return path


def sp(text: str, sub: str, nth: int = 0) -> list[int]:
    """Offsets of the *nth* occurrence of *sub* in *text*."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return [start, start + len(sub)]


# An invented sentence; the gold content has 8 words.
TAX = "The minister said the new tax will raise prices for families. Critics disagreed."
TAX_GOLD = "the new tax will raise prices for families"


# --------------------------------------------------------------------------
# strings and names


@pytest.mark.parametrize(
    "a, b, equal",
    [
        ('"We will win."', "We will win", True),
        ("“We will win,”", "‘We will win’", True),
        ("« We will win »", "„We will win‚", True),
        ("―We will win…", "'We will win'", True),
        ("``We will win''", "We will win", True),
        ("  We will win\n", "We will win", True),
        ("We will win", "we will win", False),
        ("We will win", "We will win today", False),
        ("We, will win", "We will win", False),  # inner punctuation is kept
    ],
)
def test_evaluate_content_equal_trims_quotes_punctuation_spaces(a, b, equal):
    assert content_equal(a, b) is equal


def test_evaluate_trim_keeps_inner_text():
    assert trim('“He said: ‘no.’”') == "He said: ‘no"


@pytest.mark.parametrize(
    "a, b, match",
    [
        ("United Nations", "the United Nations", True),  # {united, nations} both
        ("Mr. Smith", "Dr Smith", True),  # {smith} vs {smith}
        ("Ms Ann Smith", "Bob Smith", False),  # 1/3
        ("Ann Smith", "Ann Lee Smith", True),  # 2/3
        ("Smith", "Ann Lee Smith", False),  # 1/3
        ("Ann Smith", "Lee Smith", False),  # 1/3
        ("Bank of England", "the Bank in England", True),  # stopwords dropped
        ("REUTERS", "Reuters", True),  # lower-cased
        ("he", "Ann Smith", False),
        ("the", "the", False),  # no words left: matches nothing
        (None, "Ann Smith", False),
        ("", "", False),
    ],
)
def test_evaluate_names_match_table(a, b, match):
    assert names_match(a, b) is match


def test_evaluate_names_match_half_is_enough():
    # {ann, smith} vs {smith}: Jaccard exactly 0.5 counts.
    assert names_match("Ann Smith", "Mrs Smith")


# --------------------------------------------------------------------------
# word positions, exact and partial


@pytest.mark.parametrize(
    "pred_sub, overlap, exact, partial",
    [
        (TAX_GOLD, 1.0, True, True),
        ("the new tax will raise prices for families.", 1.0, True, True),
        ("the new tax will raise prices", 6 / 8, False, True),
        ("will raise prices for families", 5 / 8, False, True),
        ("the new tax will", 4 / 8, False, True),  # the 0.5 boundary counts
        ("new tax will", 3 / 8, False, False),
        # token start within the span: a cut-off last word still counts ...
        ("the new tax will raise prices for famil", 1.0, False, True),
        # ... a cut-off first word does not ("he" is part of "the").
        ("he new tax will raise prices for families", 7 / 8, False, True),
        # "said the ... families. Critics": 8 of 10 words
        ("said the new tax will raise prices for families. Critics", 8 / 10, False, True),
    ],
)
def test_evaluate_exact_vs_partial(pred_sub, overlap, exact, partial):
    gold = [{"content": sp(TAX, TAX_GOLD)}]
    pred = [{"content": sp(TAX, pred_sub)}]
    m = match_document(TAX, gold, pred)
    assert len(m.pairs) == 1
    pair = m.pairs[0]
    assert pair.overlap == pytest.approx(overlap)
    assert (pair.exact, pair.partial) == (exact, partial)
    c = score_document(TAX, gold, pred)
    assert c.tp["content_exact"] == int(exact)
    assert c.tp["content_partial"] == int(partial)


def test_evaluate_disjoint_content_is_unmatched():
    gold = [{"content": sp(TAX, TAX_GOLD)}]
    pred = [{"content": sp(TAX, "Critics disagreed")}]
    m = match_document(TAX, gold, pred)
    assert m.pairs == []
    assert (m.unmatched_gold, m.unmatched_pred) == ([0], [0])
    assert score_document(TAX, gold, pred).tp["content_partial"] == 0


# --------------------------------------------------------------------------
# sources

SRC = "Ann Smith, the finance minister, said taxes would rise. She added that it was fair."


def src_gold(**extra):
    return {"content": sp(SRC, "taxes would rise"), "source": sp(SRC, "Ann Smith"), **extra}


@pytest.mark.parametrize(
    "pred, right",
    [
        ({"source": sp(SRC, "Smith")}, True),  # shares a word with the gold span
        ({"source": sp(SRC, "Ann Smith, the finance minister")}, True),
        ({"source": sp(SRC, "She")}, False),  # a pronoun, unresolved
        ({"source": sp(SRC, "She"), "source_entity": "Ms. Ann Smith"}, True),
        ({"source": sp(SRC, "She"), "source_entity": "Smith"}, True),  # vs source text: 1/2
        ({"source": sp(SRC, "finance minister")}, False),  # no shared word, name differs
        ({"source": sp(SRC, "Smit")}, True),  # "Smith" starts inside the span
        ({"source": sp(SRC, "mith")}, False),  # no token starts inside
        ({"source": None}, False),
        ({"source": None, "source_entity": "Ann Smith"}, True),  # a name alone suffices
        ({"source": None, "source_entity": "Bob Jones"}, False),
    ],
)
def test_evaluate_source_right_table(pred, right):
    pred = {"content": sp(SRC, "taxes would rise"), **pred}
    assert source_right(SRC, src_gold(), pred) is right
    c = score_document(SRC, [src_gold()], [pred])
    assert c.tp["content_partial"] == 1
    assert c.tp["attribution"] == int(right)


def test_evaluate_source_right_against_gold_entity():
    # The gold entity name is used as well as the gold source text.
    gold = {"content": sp(SRC, "that it was fair"), "source": sp(SRC, "She"),
            "source_entity": "Ann Smith"}
    pred = {"content": sp(SRC, "that it was fair"), "source": sp(SRC, "Ann Smith")}
    assert source_right(SRC, gold, pred)


@pytest.mark.parametrize(
    "pred_source, pred_entity, right",
    [
        (None, None, True),  # gold has no source: only "no source" is right
        ("Ann Smith", None, False),
        (None, "Ann Smith", False),
    ],
)
def test_evaluate_gold_without_source(pred_source, pred_entity, right):
    gold = {"content": sp(SRC, "taxes would rise"), "source": None}
    pred = {"content": sp(SRC, "taxes would rise"),
            "source": sp(SRC, pred_source) if pred_source else None,
            "source_entity": pred_entity}
    assert source_right(SRC, gold, pred) is right


def test_evaluate_attribution_needs_partial_content():
    # Right source, but content overlap 1/3 < 0.5: no attribution hit.
    gold = [src_gold()]
    pred = [{"content": sp(SRC, "taxes"), "source": sp(SRC, "Ann Smith")}]
    c = score_document(SRC, gold, pred)
    assert (c.tp["content_partial"], c.tp["attribution"]) == (0, 0)


# --------------------------------------------------------------------------
# source entity


@pytest.mark.parametrize(
    "pred, hit",
    [
        ({"source": sp(SRC, "She"), "source_entity": "Ann Smith"}, True),
        ({"source": sp(SRC, "She"), "source_entity": "Mrs. Smith"}, True),  # 1/2
        ({"source": sp(SRC, "She"), "source_entity": "the minister"}, False),
        # unresolved pronoun: its text "She" is no name
        ({"source": sp(SRC, "She")}, False),
        # no resolved name given: the source text is used as the name
        ({"source": sp(SRC, "Ann Smith")}, True),
        ({"source": sp(SRC, "Ann Smith"), "source_entity": "Bob Jones"}, False),
    ],
)
def test_evaluate_source_entity_name_match(pred, hit):
    gold = {"content": sp(SRC, "that it was fair"), "source": sp(SRC, "She"),
            "source_entity": "Ann Smith", "type": "indirect"}
    pred = {"content": sp(SRC, "that it was fair"), **pred}
    rec = [{"id": "d", "text": SRC, "attributions": [gold]}]
    s = score(rec, [{"id": "d", "attributions": [pred]}])
    ent = s["source_entity"]
    assert (ent.tp, ent.n_gold, ent.n_pred) == (int(hit), 1, 1)
    assert ent.recall_by_type == {"indirect": (int(hit), 1)}


def test_evaluate_source_entity_not_applicable_without_gold_entities():
    rec = [{"id": "d", "text": SRC, "attributions": [src_gold()]}]
    pred = [{"id": "d", "attributions": [{**src_gold(), "source_entity": "Ann Smith"}]}]
    s = score(rec, pred)
    assert s["source_entity"] is None
    assert s.to_dict()["metrics"]["source_entity"] is None
    assert "source entity      n/a    n/a    n/a" in format_scores(s)


def test_evaluate_source_entity_only_judges_gold_with_entity():
    # Two gold attributions, only the first has a source_entity. A prediction
    # matched to the second cannot be judged and leaves the denominators.
    gold = [
        {"content": sp(SRC, "taxes would rise"), "source": sp(SRC, "Ann Smith"),
         "source_entity": "Ann Smith"},
        {"content": sp(SRC, "that it was fair"), "source": sp(SRC, "She")},
    ]
    pred = [
        {"content": sp(SRC, "taxes would rise"), "source_entity": "Ann Smith"},
        {"content": sp(SRC, "that it was fair"), "source_entity": "Ann Smith"},
        {"content": sp(SRC, "the finance minister")},  # spurious
    ]
    c = score_document(SRC, gold, pred)
    assert (c.tp["source_entity"], c.n_gold_entity, c.n_pred_entity) == (1, 1, 2)


# --------------------------------------------------------------------------
# one-to-one greedy matching

TWO = "Bob said the plan will fail and the budget is late and nobody cares."


def test_evaluate_one_pred_overlapping_two_golds_matches_only_one():
    # gold A: 4 words, gold B: 4 words; the 7-word prediction covers A and 2
    # words of B: Jaccard 4/7 with A, 2/9 with B. It pairs with A only.
    gold = [{"content": sp(TWO, "the plan will fail")},
            {"content": sp(TWO, "the budget is late")}]
    pred = [{"content": sp(TWO, "the plan will fail and the budget")}]
    m = match_document(TWO, gold, pred)
    assert [(p.gold, p.pred) for p in m.pairs] == [(0, 0)]
    assert m.pairs[0].overlap == pytest.approx(4 / 7)
    assert m.unmatched_gold == [1]
    c = score_document(TWO, gold, pred)
    assert (c.tp["content_partial"], c.n_gold, c.n_pred) == (1, 2, 1)


def test_evaluate_greedy_takes_best_overlap_first():
    # P0 (9 words) overlaps G0 (4 words) at 4/9 and G1 (5 words) at 5/9;
    # P1 overlaps G0 at 4/4. Greedy: P1-G0 (1.0) first, then P0-G1 (5/9).
    gold = [{"content": sp(TWO, "the plan will fail")},
            {"content": sp(TWO, "and the budget is late")}]
    pred = [{"content": sp(TWO, "the plan will fail and the budget is late")},
            {"content": sp(TWO, "the plan will fail")}]
    m = match_document(TWO, gold, pred)
    assert [(p.gold, p.pred) for p in m.pairs] == [(0, 1), (1, 0)]
    assert m.pairs[1].overlap == pytest.approx(5 / 9)
    assert m.pairs[1].partial
    assert m.missed_gold == [] and m.spurious_pred == []


def test_evaluate_tie_break_by_gold_then_pred_order():
    # Two identical gold spans and two identical predictions: 1.0 everywhere.
    g = {"content": sp(TWO, "the plan will fail")}
    p = {"content": sp(TWO, "the plan will fail")}
    m = match_document(TWO, [g, g], [p, p])
    assert [(x.gold, x.pred) for x in m.pairs] == [(0, 0), (1, 1)]
    # One prediction equally good for both golds goes to the first gold.
    m = match_document(TWO, [{"content": sp(TWO, "the plan")},
                             {"content": sp(TWO, "will fail")}],
                       [{"content": sp(TWO, "the plan will fail")}])
    assert [(x.gold, x.pred) for x in m.pairs] == [(0, 0)]


def test_evaluate_near_miss_listed_as_missed():
    gold = [{"content": sp(TWO, "the plan will fail and the budget is late")}]
    pred = [{"content": sp(TWO, "the plan")}]
    m = match_document(TWO, gold, pred)
    assert m.pairs and not m.pairs[0].partial
    assert (m.unmatched_gold, m.missed_gold, m.spurious_pred) == ([], [0], [0])


# --------------------------------------------------------------------------
# pooled scores

DOC1 = 'Ann said "the plan will fail." Bob said the budget is late.'
DOC2 = "According to police, the road is closed. Officials said it would reopen."


def pooled_gold():
    return [
        {"id": "d1", "text": DOC1, "attributions": [
            {"content": sp(DOC1, '"the plan will fail."'), "source": sp(DOC1, "Ann"),
             "type": "direct"},
            {"content": sp(DOC1, "the budget is late"), "source": sp(DOC1, "Bob"),
             "type": "indirect"},
        ]},
        {"id": "d2", "text": DOC2, "attributions": [
            {"content": sp(DOC2, "the road is closed"), "source": sp(DOC2, "police"),
             "type": "according_to"},
            {"content": sp(DOC2, "it would reopen"), "source": sp(DOC2, "Officials"),
             "type": "indirect"},
        ]},
    ]


def test_evaluate_pooled_precision_recall_f1_by_hand():
    pred = [
        {"id": "d1", "attributions": [
            # exact (quotes trimmed), right source
            {"content": sp(DOC1, "the plan will fail"), "source": sp(DOC1, "Ann")},
            # partial (3/4), wrong source
            {"content": sp(DOC1, "budget is late"), "source": sp(DOC1, "Ann")},
        ]},
        {"id": "d2", "attributions": [
            # partial (4/5 words), right source by name
            {"content": sp(DOC2, "the road is closed. Officials"), "source_entity": "the Police"},
            # spurious
            {"content": sp(DOC2, "According to"), "source": None},
        ]},
    ]
    s = score(pooled_gold(), pred)
    # 4 gold, 4 predicted
    expect = {"content_exact": 1, "content_partial": 3, "attribution": 2}
    for m, tp in expect.items():
        ms = s[m]
        assert (ms.tp, ms.n_gold, ms.n_pred) == (tp, 4, 4)
        assert ms.precision == pytest.approx(tp / 4)
        assert ms.recall == pytest.approx(tp / 4)
        assert ms.f1 == pytest.approx(tp / 4)
    assert s["attribution"].recall_by_type == {
        "direct": (1, 1), "indirect": (0, 2), "according_to": (1, 1)}
    assert s["content_partial"].recall_by_type == {
        "direct": (1, 1), "indirect": (1, 2), "according_to": (1, 1)}
    assert s["source_entity"] is None


def test_evaluate_f1_with_unequal_precision_and_recall():
    # 1 hit, 4 gold, 1 predicted: P 1, R 1/4, F1 2*1*0.25/1.25 = 0.4.
    pred = [{"id": "d1", "attributions": [
        {"content": sp(DOC1, "the budget is late"), "source": sp(DOC1, "Bob")}]}]
    m = score(pooled_gold(), pred)["attribution"]
    assert (m.precision, m.recall, m.f1) == pytest.approx((1.0, 0.25, 0.4))


@pytest.mark.parametrize(
    "pred",
    [[], [{"id": "d1", "attributions": []}], [{"id": "d1", "attributions": None}]],
    ids=["no-records", "empty-record", "null-attributions"],
)
def test_evaluate_empty_predictions(pred):
    s = score(pooled_gold(), pred)
    for m in ("content_exact", "content_partial", "attribution"):
        assert (s[m].tp, s[m].n_gold, s[m].n_pred) == (0, 4, 0)
        assert (s[m].precision, s[m].recall, s[m].f1) == (0.0, 0.0, 0.0)
    assert s.n_docs == 2
    assert s.unknown_ids == []


def test_evaluate_unknown_doc_id_is_reported_not_scored():
    good = {"content": sp(DOC1, "the budget is late"), "source": sp(DOC1, "Bob")}
    pred = [{"id": "d1", "attributions": [good]},
            {"id": "nope", "attributions": [good, good]},
            {"id": 42, "attributions": []}]
    s = score(pooled_gold(), pred)
    assert s.unknown_ids == ["nope", "42"]
    assert s.n_unknown == 2
    assert (s["attribution"].tp, s["attribution"].n_pred) == (1, 1)
    assert s.n_docs_predicted == 1
    text = format_scores(s)
    assert "warning: 2 prediction record(s) with unknown document id" in text
    assert "nope" in text


def test_evaluate_duplicate_prediction_ids_are_pooled():
    a = {"content": sp(DOC1, "the budget is late"), "source": sp(DOC1, "Bob")}
    b = {"content": sp(DOC1, "the plan will fail"), "source": sp(DOC1, "Ann")}
    s = score(pooled_gold(), [{"id": "d1", "attributions": [a]},
                              {"id": "d1", "attributions": [b]}])
    assert s.duplicate_ids == ["d1"]
    assert s["attribution"].tp == 2


def test_evaluate_duplicate_gold_ids_raise():
    gold = pooled_gold()
    with pytest.raises(ValueError, match="duplicate gold document id 'd1'"):
        score(gold + gold[:1], [])


def test_evaluate_accepts_attribution_objects():
    pred = [{"id": "d1", "attributions": [
        Attribution(id="p1", content=tuple(sp(DOC1, "the plan will fail")),
                    source=tuple(sp(DOC1, "Ann")), source_entity="Ann"),
        Attribution(id="p2", content=tuple(sp(DOC1, "the budget is late")),
                    source=None, source_entity="Bob"),
    ]}]
    s = score(pooled_gold(), pred)
    assert (s["content_exact"].tp, s["attribution"].tp) == (2, 2)


def test_evaluate_missing_type_counts_as_unknown():
    gold = [{"id": "d", "text": TAX, "attributions": [{"content": sp(TAX, TAX_GOLD)}]}]
    s = score(gold, [])
    assert s["content_partial"].recall_by_type == {"unknown": (0, 1)}


def test_evaluate_to_dict_is_json_ready():
    s = score(pooled_gold(), [{"id": "d1", "attributions": [
        {"content": sp(DOC1, "the budget is late"), "source": sp(DOC1, "Bob")}]}])
    d = json.loads(json.dumps(s.to_dict()))
    att = d["metrics"]["attribution"]
    assert (att["tp"], att["n_gold"], att["n_pred"]) == (1, 4, 1)
    assert att["recall_by_type"]["indirect"] == {"recall": 0.5, "tp": 1, "n_gold": 2}
    assert (d["n_docs"], d["n_gold"], d["n_pred"]) == (2, 4, 1)


def test_evaluate_format_scores_table():
    s = score(pooled_gold(), [{"id": "d1", "attributions": [
        {"content": sp(DOC1, "the budget is late"), "source": sp(DOC1, "Bob")}]}])
    lines = format_scores(s).splitlines()
    assert lines[0].split() == ["metric", "P", "R", "F1"]
    assert lines[3] == "attribution      1.000  0.250  0.400"
    header = next(ln for ln in lines if ln.startswith("recall by type"))
    assert header.split()[3:] == ["direct", "indirect", "according_to"]
    row = next(ln for ln in lines[lines.index(header):] if ln.startswith("attribution"))
    assert row.split()[1:] == ["0.000", "(0/1)", "0.500", "(1/2)", "0.000", "(0/1)"]
    # columns are aligned: each type column starts at the same place in header and rows
    assert header.index("indirect") == row.index("0.500")
    assert "documents: 2 gold, 1 predicted; attributions: 4 gold, 1 predicted" in lines


# --------------------------------------------------------------------------
# reading


def test_evaluate_read_jsonl_names_file_and_line(tmp_path):
    p = tmp_path / "pred.jsonl"
    p.write_text('{"id": "a", "attributions": []}\n\n{"id": "b", \n', encoding="utf-8")
    it = read_jsonl(p)
    assert next(it)["id"] == "a"
    with pytest.raises(ValueError, match=r"pred\.jsonl:3: invalid JSON"):
        next(it)


def test_evaluate_read_jsonl_rejects_non_objects(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.jsonl:1: expected a JSON object"):
        list(read_jsonl(p))


def test_evaluate_doctests_pass():
    result = doctest.testmod(
        evaluate, optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS
    )
    assert result.attempted > 10
    assert result.failed == 0


# --------------------------------------------------------------------------
# the gold data (read from ../shared/eval/, never copied)


@pytest.mark.parametrize("name", ["seed.gold.jsonl", "polnear.dev.jsonl"])
def test_evaluate_gold_against_itself_is_perfect(name):
    gold = list(read_jsonl(gold_file(name)))
    s = score(gold, gold)
    n = sum(len(d["attributions"]) for d in gold)
    for m in ("content_exact", "content_partial", "attribution"):
        assert (s[m].tp, s[m].n_gold, s[m].n_pred) == (n, n, n)
        assert s[m].f1 == 1.0
    if name.startswith("seed"):
        assert s["source_entity"].f1 == 1.0
    else:
        assert s["source_entity"] is None  # PolNeAR has no entities


def test_evaluate_seed_half_the_predictions():
    gold = list(read_jsonl(gold_file("seed.gold.jsonl")))
    assert [len(d["attributions"]) for d in gold] == [10]
    half = [{"id": d["id"], "attributions": d["attributions"][::2]} for d in gold]
    s = score(gold, half)
    for m in evaluate.METRICS:  # 5 of 10 kept, all correct
        assert (s[m].precision, s[m].recall) == (1.0, 0.5)
        assert s[m].f1 == pytest.approx(2 / 3)


def test_evaluate_polnear_dev_half_the_predictions():
    gold = list(read_jsonl(gold_file("polnear.dev.jsonl")))
    half = [{"id": d["id"], "attributions": d["attributions"][::2]} for d in gold]
    kept = sum(math.ceil(len(d["attributions"]) / 2) for d in gold)
    total = sum(len(d["attributions"]) for d in gold)
    assert 0.45 < kept / total < 0.55
    s = score(gold, half)
    for m in ("content_exact", "content_partial", "attribution"):
        assert s[m].precision == 1.0
        assert s[m].recall == pytest.approx(kept / total)
        by_type = s[m].recall_by_type
        assert sum(n for _, n in by_type.values()) == total
        assert sum(tp for tp, _ in by_type.values()) == kept
