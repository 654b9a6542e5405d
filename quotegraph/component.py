"""The spaCy component (work in progress)."""
from spacy.language import Language


@Language.factory("quotegraph", assigns=["doc.spans"], default_config={})
def make_quotegraph(nlp, name):
    raise NotImplementedError("the quotegraph component is being written")
