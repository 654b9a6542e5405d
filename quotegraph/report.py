"""Self-contained HTML reports: one article for teaching, or a corpus.

:func:`article_report` shows an article with every source, cue and content
highlighted in one colour per source; hovering a passage names who said it
(the ``title`` tooltip, no script needed) and clicking it opens a card with
the source, cue, type, rule, confidence and the attribution it is nested in
(``report.html#a3`` opens with attribution 3 shown).
Below come the provenance diagram (:func:`quotegraph.plots.plot_article`,
embedded as a base64 SVG image), a table of attributions and the sources
with their kinds and roles. :func:`corpus_report` gives a corpus's summary,
top sources, kinds by outlet and the source network.

The pages need no network: styles and the one small script are inline and
figures are ``data:`` images. Every text from the article, its metadata or
the results is escaped with :func:`html.escape`, and a Content-Security-Policy
allows only the page's own script (by hash), inline styles and ``data:``
images, so even a mistake in escaping could not run a script from the text.
The highlighted text is built by cutting the original text at every span
boundary: each piece is one ``<span>`` that knows all the attributions
covering it, so nested and overlapping spans need no nesting of elements,
and the article's text content is exactly the original text.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
from collections.abc import Iterable
from html import escape
from typing import Any, Optional

from .model import Attribution, DocumentResult

__all__ = ["PALETTE", "article_report", "corpus_report", "highlight_html", "write_report"]

#: ``(background, ink)`` colour pairs given to the sources of an article in turn.
PALETTE: tuple[tuple[str, str], ...] = (
    ("#dbeafe", "#1d4ed8"), ("#ffedd5", "#c2410c"), ("#dcfce7", "#15803d"),
    ("#f3e8ff", "#7e22ce"), ("#fce7f3", "#be185d"), ("#ccfbf1", "#0f766e"),
    ("#fef9c3", "#a16207"), ("#fee2e2", "#b91c1c"), ("#e0e7ff", "#4338ca"),
    ("#ecfccb", "#4d7c0f"), ("#cffafe", "#0e7490"), ("#f5f5f4", "#57534e"),
)  # fmt: skip

_CSS = """
:root{--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:#f8fafc}
header{background:#1e293b;color:#f8fafc;padding:18px 28px}
header h1{margin:0 0 4px;font-size:1.5rem;font-weight:650}
header p{margin:0;color:#cbd5e1;font-size:.92rem}
main{max-width:1180px;margin:0 auto;padding:18px 24px 40px}
section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:16px 20px;margin:18px 0}
h2{font-size:1.1rem;margin:0 0 10px}
.cols{display:grid;grid-template-columns:minmax(0,1fr) 330px;gap:18px;align-items:start}
.cols>section{margin:0}
.article{white-space:pre-wrap;font-family:Georgia,"DejaVu Serif",serif;font-size:1.02rem;line-height:1.75}
.legend{font-size:.86rem;color:var(--muted);margin:0 0 10px}
.legend span{margin-right:10px}
.hl{cursor:pointer;border-radius:3px}
.hl.c{background:var(--bg);box-decoration-break:clone;-webkit-box-decoration-break:clone}
.hl.s{font-weight:700;color:var(--sk);box-shadow:inset 0 -2px 0 var(--sk)}
.hl.q{font-style:italic;font-weight:600;color:var(--qk);text-decoration:underline wavy var(--qk) 1.5px;text-underline-offset:3px}
.hl.active{outline:2px solid #111827;outline-offset:0}
.num{font:700 .68rem/1 system-ui,sans-serif;vertical-align:super;color:#fff;background:var(--nk);border-radius:8px;padding:1px 4px;margin-right:1px}
.num::before{content:attr(data-n)}
.panel{position:sticky;top:12px}
.card{border-left:5px solid var(--sk,#94a3b8);padding:4px 0 4px 12px}
.card h3{margin:0 0 6px;font-size:1rem}
.card dl{display:grid;grid-template-columns:auto 1fr;gap:3px 10px;margin:0;font-size:.9rem}
.card dt{color:var(--muted)}
.card dd{margin:0}
.card blockquote{margin:8px 0 0;padding:6px 10px;background:var(--bg,#f1f5f9);border-radius:6px;font-size:.9rem}
.hint{color:var(--muted);font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.88rem}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:#f1f5f9;font-weight:600}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr[data-p]{cursor:pointer}
tr[data-p]:hover,tr.active{background:#f8fafc;outline:2px solid #111827}
.chip{display:inline-block;width:.8em;height:.8em;border-radius:50%;background:var(--sk);margin-right:6px;vertical-align:baseline}
.kind{display:inline-block;padding:0 7px;border-radius:9px;font-size:.8rem;color:#fff;background:var(--kc)}
figure{margin:0;text-align:center}
figure img{max-width:100%;height:auto}
figcaption{color:var(--muted);font-size:.85rem}
@media (max-width:900px){.cols{grid-template-columns:1fr}.panel{position:static}}
"""

_SCRIPT = (
    "(function(){"
    "function show(n){"
    "document.querySelectorAll('.att').forEach(function(d){d.hidden=d.id!=='att-'+n;});"
    "document.querySelectorAll('.active').forEach(function(x){x.classList.remove('active');});"
    "document.querySelectorAll('[data-a~=\"'+n+'\"],tr[data-p=\"'+n+'\"]')"
    ".forEach(function(x){x.classList.add('active');});"
    "var h=document.getElementById('hint');if(h){h.hidden=true;}}"
    "document.addEventListener('click',function(e){"
    "var t=e.target.closest('[data-p]');if(t){show(t.getAttribute('data-p'));}});"
    "var m=location.hash.match(/^#a([0-9]+)$/);if(m){show(m[1]);}"
    "document.body.setAttribute('data-ready','1');"
    "})();"
)


_BREAKS = re.compile(r"(\s*\n\s*)")


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _short(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'")  # fmt: skip


def _page(title: str, header: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_e(_csp())}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"quotegraph\">\n"
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header>{header}</header>\n<main>\n{body}\n</main>\n"
        f"<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )


def _svg_img(ax, *, alt: str, id: str) -> str:
    """The figure of *ax* as an ``<img>`` with a base64 SVG ``data:`` URI; closes it."""
    import matplotlib.pyplot as plt

    fig = ax.figure
    buf = io.BytesIO()
    try:
        fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    finally:
        plt.close(fig)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return f'<img id="{_e(id)}" class="diagram" alt="{_e(alt)}" src="data:image/svg+xml;base64,{data}">'


def _kind_chip(kind: str) -> str:
    from .plots import KIND_COLORS

    color = KIND_COLORS.get("document_source" if kind == "document" else kind, KIND_COLORS["unknown"])
    return f'<span class="kind" style="--kc:{_e(color)}">{_e(kind)}</span>'


# ------------------------------------------------------------------ article


def _numbered(result: DocumentResult) -> list[Attribution]:
    n = len(result.text)
    attrs = [a for a in result.attributions if 0 <= a.content[0] <= a.content[1] <= n]
    return sorted(attrs, key=lambda a: (a.content[0], -a.content[1], a.id))


def _colors(result: DocumentResult, attrs: list[Attribution]) -> dict[str, int]:
    """Attribution id -> palette index, one per source, in order of appearance."""
    from .tables import source_keys

    keys = source_keys(result)
    order: dict[str, int] = {}
    for a in sorted(attrs, key=lambda a: min(p for p in (a.content[0], *(a.source or ()), *(a.cue or ())))):
        order.setdefault(keys[a.id], len(order))
    return {a.id: order[keys[a.id]] % len(PALETTE) for a in attrs}


def _style(bg: Optional[int], sk: Optional[int], qk: Optional[int]) -> str:
    parts = []
    if bg is not None:
        parts.append(f"--bg:{PALETTE[bg][0]}")
    if sk is not None:
        parts.append(f"--sk:{PALETTE[sk][1]}")
    if qk is not None:
        parts.append(f"--qk:{PALETTE[qk][1]}")
    return ";".join(parts)


def _who(result: DocumentResult, a: Attribution) -> str:
    return " ".join((a.source_entity or result.span_text(a.source) or "(no source)").split())


def highlight_html(result: DocumentResult, *, tooltips: bool = True) -> str:
    """The text of *result* as escaped HTML, every span of every attribution marked.

    The text is cut at every boundary of a content, source or cue span; each
    piece inside at least one span becomes ``<span class="hl ...">`` with

    * classes ``c`` (inside a content), ``s`` (a source), ``q`` (a cue);
    * ``data-a``: the numbers of every attribution covering it, outermost
      first, and ``data-p``: the one it belongs to most closely (a cue or
      source first, else the innermost content);
    * CSS variables for the colours of the sources involved, and a ``title``
      saying who said it.

    A ``<span class="num" data-n="N">`` (empty: the number is drawn by CSS)
    marks where content *N* starts, so the element's text is exactly the
    original text. Attributions are numbered by content start. Paragraph
    breaks inside a span are left outside the ``<span>`` elements.

    >>> from quotegraph.model import Attribution, DocumentResult
    >>> doc = DocumentResult("d", "Ann said <b>hi</b>.", attributions=[
    ...     Attribution("a1", (9, 18), (0, 3), (4, 8), source_entity="Ann")])
    >>> print(highlight_html(doc, tooltips=False))  # doctest: +NORMALIZE_WHITESPACE
    <span class="hl s" data-a="1" data-p="1" style="--sk:#1d4ed8">Ann</span> <span class="hl q"
    data-a="1" data-p="1" style="--qk:#1d4ed8">said</span> <span class="num" data-n="1"
    style="--nk:#1d4ed8"></span><span class="hl c" data-a="1" data-p="1"
    style="--bg:#dbeafe">&lt;b&gt;hi&lt;/b&gt;</span>.
    """
    text = result.text
    n = len(text)
    attrs = _numbered(result)
    number = {a.id: i for i, a in enumerate(attrs, 1)}
    color = _colors(result, attrs)
    by_id = {a.id: a for a in attrs}

    def ok(span) -> bool:
        return span is not None and 0 <= span[0] < span[1] <= n

    cuts = {0, n}
    starts: dict[int, list[Attribution]] = {}
    for a in attrs:
        for span in (a.content, a.source, a.cue):
            if ok(span):
                cuts.update(span)
        if ok(a.content):
            starts.setdefault(a.content[0], []).append(a)
    out: list[str] = []
    points = sorted(cuts)
    for start, end in zip(points, points[1:]):
        for a in starts.get(start, []):
            ink = PALETTE[color[a.id]][1]
            out.append(f'<span class="num" data-n="{number[a.id]}" style="--nk:{ink}"></span>')
        piece = _e(text[start:end])
        inside = lambda span: ok(span) and span[0] <= start and end <= span[1]  # noqa: E731
        contents = [a for a in attrs if inside(a.content)]  # outermost first
        sources = [a for a in attrs if inside(a.source)]
        cues = [a for a in attrs if inside(a.cue)]
        if not (contents or sources or cues):
            out.append(piece)
            continue
        contents.sort(key=lambda a: (-(a.content[1] - a.content[0]), number[a.id]))
        primary = (cues or sources or contents[::-1])[0]
        covering = list(dict.fromkeys(number[a.id] for a in (*contents, *sources, *cues)))
        classes = "hl" + (" c" if contents else "") + (" s" if sources else "") + (" q" if cues else "")
        style = _style(color[contents[-1].id] if contents else None,
                       color[sources[0].id] if sources else None,
                       color[cues[0].id] if cues else None)  # fmt: skip
        title = ""
        if tooltips:
            lines = [_tooltip(result, primary, number, by_id)]
            others = [number[a.id] for a in contents if a is not primary]
            if others:
                lines.append("inside the content of " + ", ".join(f"#{k}" for k in others))
            title = f' title="{_e(chr(10).join(lines))}"'
        opening = (f'<span class="{classes}" data-a="{" ".join(map(str, covering))}" '
                   f'data-p="{number[primary.id]}" style="{style}"{title}>')  # fmt: skip
        for part in _BREAKS.split(text[start:end]):  # paragraph breaks stay unmarked
            if part:
                out.append(_e(part) if _BREAKS.fullmatch(part) else f"{opening}{_e(part)}</span>")
    return "".join(out)


def _tooltip(result: DocumentResult, a: Attribution, number: dict[str, int],
             by_id: dict[str, Attribution]) -> str:  # fmt: skip
    cue = result.span_text(a.cue)
    line = f"#{number[a.id]} {_who(result, a)} ({a.source_kind})"
    if cue:
        line += f" — {' '.join(cue.split())}"
    line += f" · {a.type}"
    if a.rule:
        line += f" · rule {a.rule}"
    if a.parent is not None:
        parent = by_id.get(a.parent)
        line += f" · inside #{number[parent.id]} {_who(result, parent)}" if parent else f" · inside {a.parent}"
    return line


def _card(result: DocumentResult, a: Attribution, k: int, number: dict[str, int],
          by_id: dict[str, Attribution], color: int, children: list[int]) -> str:  # fmt: skip
    bg, ink = PALETTE[color]
    rows = [("source", f"{_e(_who(result, a))} {_kind_chip(a.source_kind)}")]
    mention = result.span_text(a.source)
    if mention:
        rows.append(("mention", f"“{_e(' '.join(mention.split()))}”"))
    cue = result.span_text(a.cue)
    rows.append(("cue", _e(" ".join(cue.split())) if cue else "—"))
    if a.cue_lemma or a.cue_category:
        rows.append(("verb", _e(" · ".join(x for x in (a.cue_lemma, a.cue_category) if x))))
    rows.append(("type", _e(a.type)))
    if a.channel:
        rows.append(("channel", _e(a.channel)))
    rows.append(("rule", _e(a.rule) if a.rule else "— (annotation)"))
    if a.rule:
        rows.append(("confidence", f"{a.confidence:.2f}"))
    if a.parent is not None:
        parent = by_id.get(a.parent)
        rows.append(("inside", f"#{number[parent.id]} {_e(_who(result, parent))}" if parent else _e(a.parent)))
    if children:
        rows.append(("relays", ", ".join(f"#{c}" for c in children)))
    content = _short(result.span_text(a.content) or "", 400)
    dl = "".join(f"<dt>{t}</dt><dd>{v}</dd>" for t, v in rows)
    return (
        f'<div class="att card" id="att-{k}" hidden style="--sk:{ink};--bg:{bg}">'
        f"<h3>#{k} {_e(_who(result, a))}</h3><dl>{dl}</dl>"
        f"<blockquote>{_e(content)}</blockquote></div>"
    )


def article_report(result: DocumentResult, *, title: Optional[str] = None, diagram: bool = True) -> str:
    """One self-contained HTML page teaching who said what in *result*.

    Parameters
    ----------
    result : DocumentResult
        The article, with its text, attributions, sources and meta.
    title : str, optional
        The page heading; by default the article's title or id.
    diagram : bool
        Embed the provenance diagram (matplotlib; a second or so).

    Returns
    -------
    str
        The HTML page.

    Examples
    --------
    >>> from quotegraph.model import Attribution, DocumentResult
    >>> doc = DocumentResult("d", "Ann said <script>alert(1)</script>.", attributions=[
    ...     Attribution("a1", (9, 34), (0, 3), (4, 8), source_entity="Ann")])
    >>> page = article_report(doc, diagram=False)
    >>> "<script>alert" in page, "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    (False, True)
    """
    from .tables import sources_table, source_keys

    attrs = _numbered(result)
    dropped = len(result.attributions) - len(attrs)
    if dropped:  # offsets outside the text: leave them out everywhere
        result = DocumentResult(result.id, result.text, attrs, result.sources, result.meta)
    number = {a.id: i for i, a in enumerate(attrs, 1)}
    by_id = {a.id: a for a in attrs}
    color = _colors(result, attrs)
    meta = result.meta or {}
    heading = title or meta.get("title") or f"Document {result.id}"
    facts = [f"id {result.id}"] + [str(meta[k]) for k in ("outlet", "date", "author") if meta.get(k)]
    srcs = sources_table([result])
    facts += [f"{len(attrs)} attribution{'s' * (len(attrs) != 1)}", f"{len(srcs)} source{'s' * (len(srcs) != 1)}"]
    if dropped:
        facts.append(f"{dropped} left out (offsets outside the text)")
    header = f"<h1>{_e(heading)}</h1><p>{_e(' · '.join(facts))}</p>"

    legend = (
        '<p class="legend"><span class="hl c" style="--bg:#e5e7eb">what was said</span>'
        '<span class="hl s" style="--sk:#374151">who said it</span>'
        '<span class="hl q" style="--qk:#374151">the cue</span>'
        "One colour per source; a small number marks where an attribution's content starts. "
        "Hover a passage to see who said it, click it for the details.</p>"
    )
    children: dict[str, list[int]] = {}
    for a in attrs:
        if a.parent is not None:
            children.setdefault(a.parent, []).append(number[a.id])
    cards = "".join(_card(result, a, number[a.id], number, by_id, color[a.id], children.get(a.id, []))
                    for a in attrs)  # fmt: skip
    body = [
        '<div class="cols">',
        f'<section><h2>The article</h2>{legend}<div id="article" class="article">{highlight_html(result)}</div></section>',
        '<section class="panel"><h2>Who said it?</h2>'
        '<p id="hint" class="hint">Click a highlighted passage (or a row of the table below) '
        "to see the source, the cue, the rule that found it and what it is nested in.</p>"
        f"{cards}</section>",
        "</div>",
    ]
    if diagram:
        body.append(_diagram(result))

    rows = []
    for a in attrs:
        k = number[a.id]
        bg, ink = PALETTE[color[a.id]]
        cue = result.span_text(a.cue)
        parent = by_id.get(a.parent) if a.parent is not None else None
        rows.append(
            f'<tr data-p="{k}" style="--sk:{ink}"><td class="n">{k}</td>'
            f'<td><span class="chip"></span>{_e(_who(result, a))}</td><td>{_kind_chip(a.source_kind)}</td>'
            f"<td>{_e(' '.join(cue.split())) if cue else '—'}</td><td>{_e(a.type)}</td>"
            f"<td>{_e(_short(result.span_text(a.content) or '', 160))}</td>"
            f"<td>{'#' + str(number[parent.id]) if parent else _e(a.parent or '')}</td>"
            f"<td>{_e(a.rule)}</td><td class=\"n\">{a.confidence:.2f}</td></tr>"
        )
    body.append(
        '<section><h2>Attributions</h2><table id="attributions"><thead><tr><th>#</th><th>source</th>'
        "<th>kind</th><th>cue</th><th>type</th><th>content</th><th>inside</th><th>rule</th>"
        f"<th>confidence</th></tr></thead><tbody>{''.join(rows) or _empty(9)}</tbody></table></section>"
    )

    keys = source_keys(result)
    key_color = {keys[a.id]: color[a.id] for a in attrs}
    rows = []
    for r in srcs.to_dict("records"):
        ink = PALETTE[key_color.get(r["source_key"], len(PALETTE) - 1)][1]
        rows.append(
            f'<tr style="--sk:{ink}"><td><span class="chip"></span>{_e(r["source"])}</td>'
            f"<td>{_kind_chip(r['kind'])}</td><td>{_e(r['roles']) or '—'}</td>"
            f"<td>{_e(r['aliases']) or '—'}</td><td class=\"n\">{r['mentions']}</td>"
            f"<td class=\"n\">{r['attributions']}</td><td>{'relays others' if r['intermediary'] else ''}</td></tr>"
        )
    body.append(
        '<section><h2>Sources</h2><table id="sources"><thead><tr><th>source</th><th>kind</th><th>roles</th>'
        "<th>also called</th><th>mentions</th><th>attributions</th><th>intermediary</th></tr></thead>"
        f"<tbody>{''.join(rows) or _empty(7)}</tbody></table></section>"
    )
    return _page(str(heading), header, "\n".join(body))


def _empty(cols: int) -> str:
    return f'<tr><td colspan="{cols}" class="hint">none found</td></tr>'


def _diagram(result: DocumentResult) -> str:
    from .graph import GraphError
    from .plots import plot_article

    if not result.attributions:
        return '<section id="provenance"><h2>Provenance</h2><p class="hint">No attributions, no diagram.</p></section>'
    try:
        ax = plot_article(result, figsize=(12.0, max(4.0, 0.55 * len(result.attributions) + 2.0)))
    except GraphError as exc:
        return f'<section id="provenance"><h2>Provenance</h2><p class="hint">{_e(exc)}</p></section>'
    img = _svg_img(ax, alt="Provenance diagram: the document, intermediaries, sources and their claims",
                   id="diagram")  # fmt: skip
    return (
        '<section id="provenance"><h2>Provenance: who passed on what</h2><figure>'
        f"{img}<figcaption>Left to right: the article, the intermediaries that relay another "
        "source, the sources, and what they claimed. Red arrows: relays. Colours: source kinds."
        "</figcaption></figure></section>"
    )


# ------------------------------------------------------------------- corpus


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _table(rows: list[dict[str, Any]], columns: list[tuple[str, str]], *, id: str,
           fmt: Optional[dict[str, Any]] = None) -> str:  # fmt: skip
    fmt = fmt or {}
    head = "".join(f"<th>{_e(label)}</th>" for _, label in columns)
    body = []
    for r in rows:
        cells = []
        for key, _ in columns:
            v = r.get(key)
            if key in fmt:
                cells.append(fmt[key](v))
            elif isinstance(v, float):
                cells.append(f'<td class="n">{v:.2f}</td>')
            elif isinstance(v, int) and not isinstance(v, bool):
                cells.append(f'<td class="n">{v:,}</td>')
            else:
                cells.append(f"<td>{_e('' if v is None else v)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<table id="{_e(id)}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body) or _empty(len(columns))}</tbody></table>")  # fmt: skip


def corpus_report(results: Iterable[DocumentResult], *, title: str = "Corpus report", top: int = 20,
                  figures: bool = True) -> str:  # fmt: skip
    """One self-contained HTML page on how a corpus quotes.

    Overall and per-outlet summary (quotes per article, types, anonymous
    share, reliance on media and news agencies), the top sources, source
    kinds by outlet, reporting verbs, the documents, and figures (top
    sources, kinds by outlet, the source network, the anonymous share per
    month when documents are dated).

    >>> from quotegraph.model import Attribution, DocumentResult
    >>> docs = [DocumentResult("d1", "Officials said <i>so</i>.", meta={"outlet": "<b>A</b>"},
    ...     attributions=[Attribution("a1", (15, 24), (0, 9), source_kind="anonymous")])]
    >>> page = corpus_report(docs, figures=False)
    >>> "<b>A</b>" in page, "&lt;b&gt;A&lt;/b&gt;" in page
    (False, True)
    """
    from .tables import attributions_table, corpus_summary, cue_use, documents_table, source_kinds, top_sources

    results = list(results)
    docs, atts = documents_table(results), attributions_table(results)
    overall = corpus_summary(docs, atts).reset_index().to_dict("records")[0] if len(docs) else {}
    header = (f"<h1>{_e(title)}</h1><p>{len(docs):,} documents · {len(atts):,} attributions · "
              f"{atts['source_key'].nunique() if len(atts) else 0:,} distinct source names</p>")  # fmt: skip
    pct = lambda v: f'<td class="n">{_pct(v or 0.0)}</td>'  # noqa: E731
    summary_cols = [
        ("documents", "documents"), ("attributions", "attributions"), ("quotes_per_article", "quotes per article"),
        ("direct_share", "direct"), ("indirect_share", "indirect"), ("mixed_share", "mixed"),
        ("according_to_share", "according to"), ("anonymous_share", "anonymous"),
        ("relayed_share", "relayed"), ("media_share", "via media"), ("agency_share", "via agencies"),
        ("max_depth", "deepest chain"),
    ]  # fmt: skip
    fmt = {k: pct for k, _ in summary_cols if k.endswith("_share")}
    body = []
    if overall:
        body.append("<section><h2>Overall</h2>" + _table([overall], summary_cols, id="summary", fmt=fmt) + "</section>")
        by_outlet = corpus_summary(docs, atts, by="outlet").reset_index().to_dict("records")
        body.append("<section><h2>By outlet</h2>"
                    + _table(by_outlet, [("outlet", "outlet"), *summary_cols], id="by-outlet", fmt=fmt)
                    + "</section>")  # fmt: skip
        if docs["month"].notna().any():
            by_month = corpus_summary(docs, atts, by="month").reset_index().to_dict("records")
            body.append("<section><h2>By month</h2>"
                        + _table(by_month, [("month", "month"), *summary_cols], id="by-month", fmt=fmt)
                        + "</section>")  # fmt: skip
    if len(atts):
        tops = top_sources(atts, top=top).to_dict("records")
        chip = lambda k: f"<td>{_kind_chip(k)}</td>"  # noqa: E731
        body.append(f"<section><h2>Top {len(tops)} sources</h2>" + _table(
            tops, [("source", "source"), ("kind", "kind"), ("attributions", "attributions"),
                   ("documents", "documents"), ("share", "share")],
            id="top-sources", fmt={"kind": chip, "share": pct}) + "</section>")  # fmt: skip
        kinds = source_kinds(atts, by="outlet", wide=True)
        rows = [{"outlet": o, **{k: float(v) for k, v in r.items()}} for o, r in kinds.iterrows()]
        body.append("<section><h2>Source kinds by outlet (share of attributions)</h2>" + _table(
            rows, [("outlet", "outlet"), *((k, k) for k in kinds.columns)], id="kinds-by-outlet",
            fmt={k: pct for k in kinds.columns}) + "</section>")  # fmt: skip
        cues = cue_use(atts, top=15).to_dict("records")
        body.append("<section><h2>Reporting verbs and cues</h2>" + _table(
            cues, [("cue_lemma", "cue"), ("attributions", "attributions"), ("share", "share")],
            id="cues", fmt={"share": pct}) + "</section>")  # fmt: skip
    if figures and len(atts):
        body.append(_corpus_figures(results))
    doc_rows = docs.to_dict("records")
    body.append("<section><h2>Documents</h2>" + _table(doc_rows, [
        ("doc_id", "id"), ("title", "title"), ("outlet", "outlet"), ("date", "date"),
        ("attributions", "attributions"), ("sources", "sources"), ("anonymous_share", "anonymous sources"),
        ("intermediaries", "intermediaries"), ("max_depth", "deepest chain")],
        id="documents", fmt={"anonymous_share": pct}) + "</section>")  # fmt: skip
    return _page(title, header, "\n".join(body))


def _corpus_figures(results: list[DocumentResult]) -> str:
    from .graph import GraphError, build_graph
    from .plots import plot_anonymous_share, plot_kinds_by_outlet, plot_sources_network, plot_top_sources

    G = build_graph(results)
    figs = [
        ("fig-top-sources", "Top sources by claims", lambda: plot_top_sources(G, top=15)),
        ("fig-kinds-by-outlet", "Attributions by source kind, per outlet", lambda: plot_kinds_by_outlet(G)),
        ("fig-network", "The source network: relays and sources quoted together",
         lambda: plot_sources_network(G, top=25, figsize=(10.0, 8.0))),
        ("fig-anonymous", "Share of anonymous sourcing per month", lambda: plot_anonymous_share(G)),
    ]  # fmt: skip
    out = []
    for id_, caption, draw in figs:
        try:
            ax = draw()
        except GraphError:  # e.g. no dated document for the anonymous share
            continue
        out.append(f"<figure>{_svg_img(ax, alt=caption, id=id_)}<figcaption>{_e(caption)}</figcaption></figure>")
    return "<section><h2>Figures</h2>" + "".join(out) + "</section>"


def write_report(html: str, path: str) -> None:
    """Write a report page to *path* (UTF-8)."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(html)
