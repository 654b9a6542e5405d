"""Attribution rules over a parsed spaCy ``Doc``.

Each rule is a generator ``rule(doc, ctx) -> Iterator[Candidate]`` that reads
the dependency parse (and the quote marks found in the raw text by
:mod:`quotegraph.quotes`) and proposes attributions. The extractor
(:mod:`quotegraph.extract`) merges the candidates, resolves sources and
builds :class:`~quotegraph.model.Attribution` objects.

A module per family of rules: :mod:`.verbs` (reporting verbs and their
complements), :mod:`.frames` (verbs in a reporting frame outside the
lexicon), :mod:`.passives`, :mod:`.quotations`, :mod:`.phrases`
("according to X", "in a statement"), :mod:`.nouns`, :mod:`.stances`
(views, impressions, stance adjectives) and :mod:`.passes` (rules that read
what the others found). They share :mod:`.context` (the candidate and the
per-document context), :mod:`.syntax` (helpers over the parse),
:mod:`.subjects` (who speaks) and :mod:`.extents` (where a content starts
and ends); the rule modules import from these four only, never from one
another.

The rules follow the usual grammar of reported speech (Quirk et al.,
*A Comprehensive Grammar of the English Language*, 14.29-31; Krestel et
al. 2008, "Minding the source"):

- ``verb_clause``: a reporting verb with a clausal complement
  (``X said (that) ...``, ``X wants to ...``), including cues with no
  subject of their own (``..., claiming that ...``) which take their
  head's subject;
- ``postposed``: the reported clause first (``..., Samra reported``);
- ``naming``: ``X calls Y "a disaster"``;
- ``verb_object``: a reporting verb whose object is what was said
  (``X denied the allegations``, ``X blamed Y for Z``; ``the poll shows Y
  ahead``); low confidence;
- ``verb_as``: a view stated with "as" (``X sees / describes Y as Z``);
- ``impression``: ``the race appears to tighten`` (no source);
- ``verb_prep``: a cue whose content is a prepositional object
  (``X called for Y``, ``X warned of Y``);
- ``quote_adjacent``: a quotation next to a short speaker clause
  (``"...," he said``, ``She said: "..."``, ``She said in a statement.
  "..."``, and ``"...," he snapped`` with any verb after a quotation
  broken off by a comma), across sentence breaks inside the quote, and
  resumed after the speaker clause (``"A," he said. "B."``);
- ``block_quote``: ``X reports:`` followed by a paragraph without marks;
- ``title``: a work's quoted title (``a memo titled "..."``), from its
  publisher when that is the subject of the verb it is the object of;
- ``according_to``: ``according to X``, anywhere in the sentence;
- ``noun_cue``: ``In a new poll, ...``, ``In his statement, ...``;
- ``perspective``: ``To Ames, the ferry is a lifeline``;
- ``noun_clause``: ``Trump's claim that ...``, ``the warning by officials that ...``;
- ``noun_infinitive``: ``the mayor's decision to close the pier``;
- ``copular_report``: ``Her argument was that ...``, ``the fear is that ...``;
- ``stance_phrase``: ``X voted in favour of Y``, ``X is against Y``;
- ``received``: ``X won the endorsement of Y``, ``X drew criticism from Y``
  (the content is X, the source Y);
- ``lead_phrase``: a quotation after ``As X put it,`` or ``X's reply was:``;
- ``passive``: ``X is expected to ...`` (no source);
- ``passive_as``: ``X is seen as Y``, ``X, known for Y`` (no source);
- ``adverb``: ``X is reportedly ...`` (no source);
- ``censure``: ``X assailed Y for Z``, ``X credited Y with Z`` (the content
  is "Y for Z");
- ``frame``: verbs outside the lexicon in a frame that reports
  (:data:`quotegraph.lexicon.FRAMES`);
- ``colon_speaker``: ``Graham: ...`` headlines and transcripts;
- ``headline``: ``Harbour Chief Slams Ferry Plan`` (title case);
- ``misread_verb``: a cue verb the tagger reads as a noun, at a sentence's
  root or in a title (``Sailors blast harbour chief``);
- ``quote_continuation``: a paragraph that is wholly a quotation, following
  an attribution, continues that speaker.

Not handled: free indirect speech, indirect speech that runs on over
several sentences with no cue of its own, sources named only in a headline.
"""

from __future__ import annotations

from .context import (
    Candidate,
    Context,
    cue_lemma,
)
from .syntax import (
    clause_tokens,
    contiguous,
    cue_span,
    editors_notes,
    embedded_posts,
    is_cue_verb,
    is_reporting,
    names_nothing,
    span_chars,
    trim,
)
from .subjects import (
    subject_of,
)
from .frames import (
    frame_rules,
    frame_verbs,
    verb_frames,
)
from .verbs import (
    as_rules,
    censure_rules,
    choice_rules,
    phrasal_rules,
    light_verb_rules,
    verb_rules,
)
from .passives import (
    passive_as_rules,
    passive_news_rules,
    passive_rules,
)
from .quotations import (
    colon_rules,
    lead_phrase_rules,
    quote_rules,
    quoted_that_clause_rules,
    title_rules,
)
from .phrases import (
    according_to_rules,
    adverb_rules,
    hope_phrase_rules,
    noun_cue_rules,
    perspective_rules,
    stance_phrase_rules,
    view_phrase_rules,
)
from .nouns import (
    colon_noun_rules,
    copular_report_rules,
    estimate_rules,
    existential_rules,
    noun_clause_rules,
    noun_infinitive_rules,
    noun_prep_rules,
    open_stance_rules,
    support_among_rules,
)
from .stances import (
    adjective_rules,
    impression_rules,
    put_it_rules,
    reaction_rules,
    received_stance_rules,
    stirred_rules,
    view_rules,
)
from .passes import (
    absorb_following_quotes,
    continuation_rules,
    extend_title_contents,
    headline_rules,
    lead_in_rules,
    misread_verb_rules,
    relay_speaker_quotes,
    split_resumed_paragraphs,
    title_second_verbs,
    with_listed_infinitives,
    with_named_antecedent,
)

__all__ = [
    "absorb_following_quotes",
    "according_to_rules",
    "adjective_rules",
    "adverb_rules",
    "as_rules",
    "Candidate",
    "censure_rules",
    "choice_rules",
    "phrasal_rules",
    "clause_tokens",
    "colon_noun_rules",
    "colon_rules",
    "Context",
    "contiguous",
    "continuation_rules",
    "copular_report_rules",
    "cue_lemma",
    "cue_span",
    "editors_notes",
    "embedded_posts",
    "estimate_rules",
    "existential_rules",
    "extend_title_contents",
    "frame_rules",
    "frame_verbs",
    "headline_rules",
    "hope_phrase_rules",
    "impression_rules",
    "is_cue_verb",
    "is_reporting",
    "lead_in_rules",
    "lead_phrase_rules",
    "light_verb_rules",
    "misread_verb_rules",
    "names_nothing",
    "noun_clause_rules",
    "noun_cue_rules",
    "noun_infinitive_rules",
    "noun_prep_rules",
    "open_stance_rules",
    "passive_as_rules",
    "passive_news_rules",
    "passive_rules",
    "perspective_rules",
    "put_it_rules",
    "quote_rules",
    "quoted_that_clause_rules",
    "reaction_rules",
    "received_stance_rules",
    "relay_speaker_quotes",
    "span_chars",
    "split_resumed_paragraphs",
    "stance_phrase_rules",
    "stirred_rules",
    "subject_of",
    "support_among_rules",
    "title_rules",
    "title_second_verbs",
    "trim",
    "verb_frames",
    "verb_rules",
    "view_phrase_rules",
    "view_rules",
    "with_listed_infinitives",
    "with_named_antecedent",
]
