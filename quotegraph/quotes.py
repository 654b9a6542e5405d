"""Find quoted passages in raw text, character by character.

Quote marks are read from the original string, so every offset points into
it. Handled:

- double marks: “ ” „ « » and the straight ``"`` (opening or closing decided
  by the characters around it), single marks ‘ ’ ‹ › and ``'`` where they
  are not apostrophes (``it's``, ``the players' union``);
- quotes over several paragraphs: news reopens the quote at each new
  paragraph without closing the previous one, so an unclosed quote whose next
  paragraph starts with an opening mark runs on into it;
- a missing closing mark: the quote ends with its paragraph, never swallowing
  the rest of the article.

Not handled: quotes nested more than one level deep (the inner marks are left
inside the outer quote), and guillemets used the German way (» «).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

#: Opening mark -> the closing marks that end it.
_DOUBLE_OPEN: dict[str, tuple[str, ...]] = {
    "``": ("''", "”", '"'),  # typewriter style: ``like this''
    "''": ("''", "”", '"'),  # and ''like this'' (common in wire copy)
    "“": ("”", '"', "„", "''", "“"),  # (an opening mark typed for a closing one: “Not now,“ he said)
    "„": ("“", "”", '"'),
    "«": ("»",),
    '"': ('"', "”"),
}
_SINGLE_OPEN: dict[str, tuple[str, ...]] = {"‘": ("’", "'"), "‹": ("›",), "'": ("'", "’")}
QUOTE_CHARS = frozenset("“”„«»\"‘’‹›'‚")

_PARA_RE = re.compile(r"\n\s*\n|\r\n\s*\r\n|\n(?=[ \t]*[“\"«„])")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage: ``start``/``end`` include the marks, ``closed`` says
    whether a closing mark was found (otherwise the quote ends with its
    paragraph)."""

    start: int
    end: int
    closed: bool = True


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _opens(text: str, i: int, width: int = 1) -> bool:
    """Whether the mark of *width* characters at *i* can open a quote."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    if nxt.isspace():
        return False
    # an invisible format character (bidi mark, zero-width joiner, BOM) counts as a space
    return prev.isspace() or prev in "([{—–-/:;,“‘\"'«" or i == 0 or unicodedata.category(prev) == "Cf"


def _closes(text: str, i: int, width: int = 1) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    if prev.isspace():
        # a double mark set off by a space from the single mark that closes
        # a quotation inside it: “He said, 'No,' ” she recalled
        return prev == " " and i >= 2 and text[i - 2] in "'’" and text[i] in "\"”" and not _is_word(nxt)
    return not _is_word(nxt)


def _paragraph_ends(text: str) -> list[int]:
    """Offsets where paragraphs end (the position of the line break)."""
    ends = [m.start() for m in re.finditer(r"\n", text)]
    ends.append(len(text))
    return ends


def find_quotes(text: str) -> list[Quote]:
    """Return the double-quoted passages of *text* in document order.

    A quote that is not closed by the end of its line runs on into the next
    line only if that line opens with a quote mark (the newspaper convention
    for quotes of several paragraphs); otherwise it stops at the line end.

    Examples
    --------
    >>> t = 'He said “we will win” and left.'
    >>> [t[q.start:q.end] for q in find_quotes(t)]
    ['“we will win”']
    >>> t = '"First part.\\n\\n"Second part," she said.'
    >>> q = find_quotes(t)[0]
    >>> t[q.start:q.end]
    '"First part.\\n\\n"Second part,"'
    """
    quotes = _scan(text, _DOUBLE_OPEN)
    # Single marks only where they do not overlap a double quote: headlines
    # and British style use them as the primary mark.
    singles = [q for q in _scan(text, _SINGLE_OPEN) if q.closed]
    # The double quotes are sorted and never overlap one another, so the only
    # one that can overlap q is the last to start before q ends.
    starts = [o.start for o in quotes]
    out = list(quotes)
    for q in singles:
        k = bisect.bisect_left(starts, q.end) - 1
        if k < 0 or quotes[k].end <= q.start:
            out.append(q)
    out.sort(key=lambda q: q.start)
    return out


def _mark_at(text: str, i: int, marks) -> Optional[str]:
    for m in marks:
        if text.startswith(m, i):
            return m
    return None


def _first_chars(marks) -> re.Pattern:
    """A pattern for the first characters of *marks*: the scan jumps from one
    to the next instead of stepping over every character."""
    return re.compile("[" + re.escape("".join(sorted({m[0] for m in marks}))) + "]")


def _scan(text: str, opens: dict[str, tuple[str, ...]]) -> list[Quote]:
    line_ends = _paragraph_ends(text)
    open_marks = sorted(opens, key=len, reverse=True)
    next_open = _first_chars(opens)
    quotes: list[Quote] = []
    n = len(text)
    i = 0
    li = 0  # index into line_ends of the line holding i
    while i < n:
        found = next_open.search(text, i)
        if found is None:
            break
        i = found.start()
        mark = _mark_at(text, i, open_marks)
        if mark is None or not _opens(text, i, len(mark)):
            i += 1
            continue
        closers = sorted(opens[mark], key=len, reverse=True)
        next_close = _first_chars(closers)
        start = i
        while line_ends[li] < start:
            li += 1
        line_end = line_ends[li]
        j = start + len(mark)
        end = None
        while True:
            # look for a closing mark before the end of the current line
            while j < line_end:
                found = next_close.search(text, j, line_end)
                if found is None:
                    j = line_end
                    break
                j = found.start()
                c = _mark_at(text, j, closers)
                if c is not None and _closes(text, j, len(c)) and not (c in "'’" and _apostrophe(text, j)):
                    end = j + len(c)
                    break
                j += 1
            if end is not None:
                break
            # unclosed at the line end: continue only if a later line opens
            # with a mark (skipping blank lines)
            k = line_end
            while k < n and text[k].isspace():
                k += 1
            if k < n and _mark_at(text, k, open_marks) and li + 1 < len(line_ends):
                while line_ends[li] < k:
                    li += 1
                line_end = line_ends[li]
                j = k + 1
                continue
            break
        if end is None:
            stop = line_end
            while stop > start + 1 and text[stop - 1].isspace():
                stop -= 1
            if stop - start > 1:
                quotes.append(Quote(start, stop, closed=False))
            i = max(line_end, start + 1)
        else:
            if end - start > 2:
                quotes.append(Quote(start, end, closed=True))
            i = end
    return quotes


def _apostrophe(text: str, i: int) -> bool:
    """A ``'`` or ``’`` between two letters: it's, don’t, O'Brien."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return _is_word(prev) and _is_word(nxt)


def quoted_fraction(text: str, span: tuple[int, int], quotes: list[Quote]) -> float:
    """Share of the letters and digits of *span* that lie inside *quotes*.

    >>> t = 'He called it “a disaster” today'
    >>> round(quoted_fraction(t, (10, len(t)), find_quotes(t)), 2)
    0.56
    """
    s, e = span
    total = sum(map(str.isalnum, text[s:e]))
    if not total:
        return 0.0
    inside = 0
    for q in quotes:
        if q.start >= e:
            break
        if q.end > s:
            a, b = max(s, q.start), min(e, q.end)
            inside += sum(map(str.isalnum, text[a:b]))
    return inside / total
