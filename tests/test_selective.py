"""Selective parsing (``extract_many(fast=True)``) and the worker pool
(``n_process=2``). The texts are invented for these tests."""

from __future__ import annotations

import pytest

import quotegraph
from quotegraph.extract import find_candidates
from quotegraph.selective import entity_windows, kept_spans, parsed_fraction, segments

ARTICLE = (
    "Storm Clears Over Harbour.\n\n"
    "The wind dropped overnight. Boats stayed in port until noon. "
    "“We lost two cranes and a roof,” harbour master Ines Duarte said on Tuesday.\n\n"
    "Repairs began at once. Dock workers cleared the quay in the afternoon. "
    "According to the port authority, trade will resume on Friday.\n\n"
    "Gulls circled the empty berths. Duarte told reporters that insurance would cover most of the damage."
)


def test_selective_segments_cover_the_text():
    segs = segments(ARTICLE)
    assert "".join(ARTICLE[s:e] for s, e in segs) == ARTICLE
    text = "Mr. Lee and J. R. Ewing said so. Then rain."
    assert [text[s:e] for s, e in segments(text)] == ["Mr. Lee and J. R. Ewing said so. ", "Then rain."]


def test_selective_keeps_cue_and_quote_sentences_only():
    kept = [ARTICLE[s:e].strip() for s, e in kept_spans(ARTICLE)]
    assert any("Duarte said" in k for k in kept)
    assert any(k.startswith("According to") for k in kept)
    assert not any("Gulls circled" in k or "The wind dropped" in k for k in kept)
    assert 0.2 < parsed_fraction(ARTICLE) < 0.8
    speech_only = quotegraph.Options(categories=frozenset({"speech"}))
    assert parsed_fraction("Voters believe the tax is unfair.", options=speech_only) == 0.0
    assert parsed_fraction("Voters believe the tax is unfair.") == 1.0


@pytest.mark.slow
def test_selective_same_attributions_as_full_here(nlp):
    records = [{"id": "a", "text": ARTICLE}, {"id": "b", "text": "Nothing happened. The sea was calm."},
               {"id": "c", "text": ""}, {"id": "d", "text": ARTICLE.replace("Duarte", "Sousa")}]  # fmt: skip
    full = [r.to_dict() for r in quotegraph.extract_many(records, nlp=nlp)]
    fast = [r.to_dict() for r in quotegraph.extract_many(records, nlp=nlp, fast=True)]
    assert [r["id"] for r in fast] == ["a", "b", "c", "d"]
    key = lambda r: sorted((a["content"], a["source"], a["cue"], a["type"], a["source_entity"], a["source_kind"])  # noqa: E731
                           for a in r["attributions"])
    assert [key(r) for r in fast] == [key(r) for r in full]
    assert len(full[0]["attributions"]) >= 3
    two = [r.to_dict() for r in quotegraph.extract_many(records, nlp=nlp, fast=True, n_process=2, batch_size=1)]
    assert two == fast


@pytest.mark.slow
def test_selective_entity_windows_hold_sources_and_full_names(nlp):
    # the entity recogniser runs late, on the source phrases, on the full
    # name of a one-word source and on the names before a pronoun source
    text = ("Gulls circled the empty berths. Harbour master Ines Duarte inspected the quay. "
            "Duarte told reporters that insurance would cover the damage. Tom Reyes arrived later. "
            "He said the cranes were lost.")  # fmt: skip
    doc = nlp(text)
    cands, _ = find_candidates(doc)
    windows = [doc[a:b].text for a, b in entity_windows(doc, cands, margin=0)]
    assert "Duarte" in windows and "Ines Duarte" in windows and "Tom Reyes" in windows
    assert not any("Gulls" in w or "berths" in w for w in windows)
    assert sum(len(w.split()) for w in windows) < len(doc) / 3
