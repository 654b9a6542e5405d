"""quotegraph: who said what, and through whom, in news text.

>>> import quotegraph
>>> result = quotegraph.extract("Officials said the bridge would reopen in May.")
>>> [result.span_text(a.source) for a in result.attributions]
['Officials']
"""

from .extract import Options, find_attributions
from .model import Attribution, DocumentResult, Source
from .pipeline import DEFAULT_MODEL, ModelNotFound, extract, extract_many, load_nlp

__version__ = "0.1.0"

__all__ = [
    "Attribution",
    "DEFAULT_MODEL",
    "DocumentResult",
    "ModelNotFound",
    "Options",
    "Source",
    "__version__",
    "extract",
    "extract_many",
    "find_attributions",
    "load_nlp",
]
