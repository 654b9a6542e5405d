"""Tests of quotegraph.plots: each figure's elements, on hand-made results and
on a real extraction of an invented article; every figure is saved to PNG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from quotegraph.graph import GraphError, build_graph  # noqa: E402
from quotegraph.model import Attribution, DocumentResult  # noqa: E402
from quotegraph.plots import (  # noqa: E402
    KIND_COLORS,
    plot_anonymous_share,
    plot_article,
    plot_kinds_by_outlet,
    plot_sources_network,
    plot_top_sources,
    shorten,
)

LONG_CLAIM = (
    "the convoy of forty trucks carrying flour, medicine and fuel had crossed "
    "the river at dawn and would reach the besieged town before nightfall"
)


def make_doc(doc_id: str, statements, meta=None) -> DocumentResult:
    """A document of sentences "<source> said <claim>." with exact offsets.

    *statements* are ``(source, kind, claim)``, or ``(source, kind, claim,
    (inner source, inner kind, inner claim))`` for "X said that Y said Z"
    (Y nested in X's content, parent = X's attribution).
    """
    text, attrs = "", []
    for st in statements:
        src, kind, claim = st[:3]
        s0 = len(text)
        text += src
        s1 = len(text)
        text += " said that "
        c0 = len(text)
        outer = Attribution(f"a{len(attrs) + 1}", (c0, 0), (s0, s1), source_entity=src,
                            source_kind=kind, type="indirect")
        attrs.append(outer)
        if len(st) > 3:
            isrc, ikind, iclaim = st[3]
            i0 = len(text)
            text += isrc
            i1 = len(text)
            text += " said "
            ic0 = len(text)
            text += iclaim
            attrs.append(Attribution(f"a{len(attrs) + 1}", (ic0, len(text)), (i0, i1),
                                     source_entity=isrc, source_kind=ikind,
                                     parent=outer.id))
        else:
            text += claim
        outer.content = (c0, len(text))
        text += ". "
    return DocumentResult(doc_id, text, attributions=attrs, meta=dict(meta or {}))


@pytest.fixture()
def corpus() -> list[DocumentResult]:
    """Three articles from two outlets over two months.

    Claims per source: Mohammed Samra 4, Reuters 2 (plus one relay), United
    Nations 1, the anonymous sources 1 each (per document).
    """
    return [
        make_doc("d1", [
            ("Mohammed Samra", "person", "the army would arrive on Tuesday"),
            ("Reuters", "media", "", ("a spokesman", "anonymous", "the talks had failed")),
        ], {"outlet": "AP", "date": "2016-01-05", "title": "Siege"}),
        make_doc("d2", [
            ("Mohammed Samra", "person", "bakeries were open again"),
            ("Officials", "anonymous", "the road was cut"),
            ("Reuters", "media", "the rebels had withdrawn"),
        ], {"outlet": "NYT", "date": "2016-01-20", "title": "Road"}),
        make_doc("d3", [
            ("Mohammed Samra", "person", "water was pumped twice a week"),
            ("Mohammed Samra", "person", LONG_CLAIM),
            ("United Nations", "organization", "93,000 people lived in the city"),
        ], {"outlet": "NYT", "date": "2016-02-03", "title": "Water"}),
    ]


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def saved(ax, tmp_path: Path, name: str) -> Path:
    """Save the axes' figure as PNG and check the file is a real image."""
    path = tmp_path / f"{name}.png"
    ax.figure.savefig(path, dpi=60)
    image = plt.imread(path)
    assert image.ndim == 3 and image.shape[0] > 100 and image.shape[1] > 100
    assert image.std() > 0  # not a blank canvas
    return path


def texts(ax) -> list[str]:
    return [t.get_text() for t in ax.texts if t.get_text()]


def legend_labels(ax) -> list[str]:
    legend = ax.get_legend()
    assert legend is not None
    return [t.get_text() for t in legend.get_texts()]


def _label_x(ax, label: str) -> float:
    hits = [t.get_position()[0] for t in ax.texts if t.get_text() == label]
    assert len(hits) == 1, (label, texts(ax))
    return hits[0]


# --------------------------------------------------------------------- shorten


@pytest.mark.parametrize(
    "text, width, expected",
    [
        ("short", 50, "short"),
        ("  spaces\n  inside  ", 50, "spaces inside"),
        ("one two three four five six", 12, "one two…"),
        ("abcdefghijklmnopqrstuvwxyz", 10, "abcdefghi…"),
    ],
)
def test_plots_shorten(text, width, expected):
    assert shorten(text, width) == expected
    assert len(shorten(text, width)) <= width


# --------------------------------------------------------------------- article


def test_plots_article_columns_and_labels(corpus, tmp_path):
    ax = plot_article(corpus[0])
    labels = texts(ax)
    assert {"Mohammed Samra", "Reuters", "a spokesman"} <= set(labels)
    # document -> intermediary -> source -> claim, left to right
    x_reuters, x_spokesman = _label_x(ax, "Reuters"), _label_x(ax, "a spokesman")
    assert _label_x(ax, "intermediaries") < _label_x(ax, "sources")
    assert x_reuters < x_spokesman
    assert _label_x(ax, "Mohammed Samra") == x_spokesman
    claim_x = {t.get_position()[0] for t in ax.texts if t.get_text().startswith("the talks")}
    assert claim_x and min(claim_x) > x_spokesman
    assert legend_labels(ax) == ["person", "media", "anonymous"]
    assert ax.get_title() == "Siege"
    saved(ax, tmp_path, "article")


def test_plots_article_claims_short_and_wrapped(corpus, tmp_path):
    ax = plot_article(corpus[2], claim_chars=50, wrap=20)
    claims = [t for t in texts(ax) if t.replace("\n", " ").startswith("the convoy")]
    assert len(claims) == 1
    assert len(claims[0].replace("\n", " ")) <= 50 and claims[0].endswith("…")
    assert "\n" in claims[0] and max(len(line) for line in claims[0].split("\n")) <= 20
    assert LONG_CLAIM not in " ".join(texts(ax))
    # no relay in this article: no intermediaries column
    assert "intermediaries" not in texts(ax)
    assert legend_labels(ax) == ["person", "organization"]
    saved(ax, tmp_path, "article-long")


def test_plots_article_from_corpus_graph(corpus):
    G = build_graph(corpus)
    with pytest.raises(GraphError, match="3 documents"):
        plot_article(G)
    with pytest.raises(GraphError, match="No document"):
        plot_article(G, document="d9")
    ax = plot_article(G, document="d2")
    assert {"Mohammed Samra", "Officials", "Reuters"} <= set(texts(ax))
    assert "United Nations" not in texts(ax)  # only in d3
    assert plot_article(G, document="doc:d2").get_title() == "Road"


def test_plots_article_draws_on_given_axes(corpus):
    fig, ax = plt.subplots()
    assert plot_article(corpus[0], ax=ax) is ax
    assert fig.axes == [ax]


def test_plots_article_real_extraction(nlp, tmp_path):
    import quotegraph

    text = (
        "Floods Close Valley Road\n\n"
        "The valley road was closed on Friday after heavy rain. "
        "“The water is still rising and we cannot reopen it before Monday,” "
        "said Maria Keller, the mayor of Lindenbrook. "
        "The Associated Press reported that a county official said two bridges "
        "had been damaged."
    )
    result = quotegraph.extract(text, nlp=nlp, id="floods", meta={"title": "Floods"})
    names = {a.source_entity for a in result.attributions}
    assert "Maria Keller" in names
    ax = plot_article(result)
    assert "Maria Keller" in texts(ax)
    kinds = {a.source_kind for a in result.attributions}
    assert set(legend_labels(ax)) == kinds
    for t in texts(ax):
        assert len(t.replace("\n", " ")) <= 60
    saved(ax, tmp_path, "article-real")


# --------------------------------------------------------------------- network


def test_plots_sources_network_top_sizes_edges(corpus, tmp_path):
    G = build_graph(corpus)
    ax = plot_sources_network(G, top=3, min_shared=2, include_local=False)
    nodes = ax.collections[-1]
    assert len(nodes.get_offsets()) == 3
    assert set(texts(ax)) == {"Mohammed Samra", "Reuters", "United Nations"}
    sizes = list(nodes.get_sizes())
    assert sizes[0] == max(sizes) and sizes[0] > sizes[-1]  # Samra: most claims
    # Samra and Reuters are quoted together in d1 and d2: one grey edge;
    # the relayed spokesman is not in the top 3, so no relay arrow.
    lines = [c for c in ax.collections[:-1] if c.get_label() == "quoted together"]
    assert len(lines) == 1 and len(lines[0].get_segments()) == 1
    assert not [t for t in ax.texts if not t.get_text()]
    labels = legend_labels(ax)
    assert labels[:3] == ["person", "organization", "media"]
    saved(ax, tmp_path, "network")


def test_plots_sources_network_relay_arrow(corpus):
    ax = plot_sources_network(corpus, top=10)
    arrows = [t for t in ax.texts if not t.get_text()]
    assert len(arrows) == 1  # Reuters -> a spokesman
    assert "relays" in legend_labels(ax)
    assert "anonymous" in legend_labels(ax)
    local = plot_sources_network(corpus, top=10, include_local=False)
    assert "a spokesman" not in texts(local) and "Officials" not in texts(local)


def test_plots_sources_network_bad_top(corpus):
    with pytest.raises(GraphError, match="top"):
        plot_sources_network(corpus, top=0)


# ------------------------------------------------------------------------ bars


def test_plots_top_sources_bars(corpus, tmp_path):
    ax = plot_top_sources(corpus, top=3, include_local=False)
    assert len(ax.patches) == 3
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names == ["Mohammed Samra", "Reuters", "United Nations"]
    assert [p.get_width() for p in ax.patches] == [4, 2, 1]
    assert ax.patches[0].get_y() > ax.patches[-1].get_y()  # most quoted at the top
    assert matplotlib.colors.to_hex(ax.patches[0].get_facecolor()) == KIND_COLORS["person"]
    assert legend_labels(ax) == ["person", "organization", "media"]
    saved(ax, tmp_path, "top")


def test_plots_top_sources_fewer_than_top_and_by_documents(corpus):
    ax = plot_top_sources(corpus, top=50)
    assert len(ax.patches) == 5  # Samra, Reuters, UN, a spokesman, Officials
    ax = plot_top_sources(corpus, top=50, include_local=False, by="documents")
    assert len(ax.patches) == 3
    assert [p.get_width() for p in ax.patches] == [3, 2, 1]
    with pytest.raises(GraphError, match="by must be"):
        plot_top_sources(corpus, by="words")


def test_plots_kinds_by_outlet_stacks(corpus, tmp_path):
    ax = plot_kinds_by_outlet(corpus)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["NYT", "AP"]
    by_kind = {c.get_label(): [p.get_height() for p in c] for c in ax.containers}
    assert by_kind == {
        "person": [3, 1],
        "organization": [1, 0],
        "media": [1, 1],
        "anonymous": [1, 1],
    }
    assert set(legend_labels(ax)) == set(by_kind)
    saved(ax, tmp_path, "outlets")
    shares = plot_kinds_by_outlet(corpus, normalize=True)
    tops = [sum(c[i].get_height() for c in shares.containers) for i in range(2)]
    assert tops == pytest.approx([1.0, 1.0])


def test_plots_anonymous_share_months(corpus, tmp_path):
    ax = plot_anonymous_share(corpus, freq="M")
    assert len(ax.lines) == 1
    # January: d1 (3 attributions, 1 anonymous) + d2 (3, 1); February: d3 (3, 0)
    assert ax.lines[0].get_ydata().tolist() == pytest.approx([2 / 6, 0.0])
    saved(ax, tmp_path, "anonymous")
    per_outlet = plot_anonymous_share(corpus, freq="M", by_outlet=True)
    assert sorted(line.get_label() for line in per_outlet.lines) == ["AP", "NYT"]
    assert legend_labels(per_outlet) == sorted(legend_labels(per_outlet))


def test_plots_anonymous_share_needs_dates():
    doc = make_doc("d1", [("Officials", "anonymous", "it rained")])
    with pytest.raises(GraphError, match="No attribution in a dated document"):
        plot_anonymous_share([doc])


def test_plots_reject_text():
    with pytest.raises(GraphError, match="not str"):
        plot_top_sources("Mohammed Samra said so.")


# -------------------------------------------------------------------- backends


def _run(code: str, **env) -> str:
    environ = {k: v for k, v in os.environ.items() if k not in ("MPLBACKEND", "DISPLAY")}
    environ.update(env)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=environ, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


_PLOT = (
    "from quotegraph.model import Attribution, DocumentResult\n"
    "from quotegraph.plots import plot_top_sources\n"
    "d = DocumentResult('d', 'Ann said so.', attributions=[Attribution('a', (9, 11), (0, 3),"
    " source_entity='Ann', source_kind='person')])\n"
    "plot_top_sources([d])\n"
)


def test_plots_import_leaves_matplotlib_alone():
    code = "import sys, quotegraph.plots; print('matplotlib' in sys.modules)"
    assert _run(code) == "False"


def test_plots_agg_only_when_no_backend_chosen():
    assert _run(_PLOT + "import matplotlib; print(matplotlib.get_backend())").lower() == "agg"
    chosen = "import matplotlib; matplotlib.use('svg')\n" + _PLOT + "print(matplotlib.get_backend())"
    assert _run(chosen).lower() == "svg"
    env = _run(_PLOT + "import matplotlib; print(matplotlib.get_backend())", MPLBACKEND="pdf")
    assert env.lower() == "pdf"


def test_plots_sources_network_partners_prune_edges(corpus):
    def grey(ax):
        lines = [c for c in ax.collections[:-1] if c.get_label() == "quoted together"]
        return len(lines[0].get_segments()) if lines else 0

    # top 5: Samra, Reuters, United Nations, a spokesman (d1), Officials (d2);
    # pairs quoted together: Samra-Reuters in 2 documents, Samra and Reuters
    # each with the two anonymous sources, Samra with the UN: 1 document.
    assert grey(plot_sources_network(corpus, top=5, min_shared=1, partners=None)) == 6
    # one partner each: everyone's strongest link is Samra (Samra's is Reuters)
    assert grey(plot_sources_network(corpus, top=5, min_shared=1, partners=1)) == 4
    assert grey(plot_sources_network(corpus, top=5, min_shared=3)) == 0
