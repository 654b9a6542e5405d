"""quotegraph: who said what, and through whom, in news text.

>>> import quotegraph
>>> result = quotegraph.extract("“We will win,” the mayor said.")  # doctest: +SKIP
"""

from .model import Attribution, DocumentResult, Source

__version__ = "0.1.0"

__all__ = ["Attribution", "DocumentResult", "Source", "__version__"]
