"""Run the Examples in every module's docstrings, on the installed package."""

import doctest
import importlib
import pkgutil

import pytest

import quotegraph

MODULES = sorted(m.name for m in pkgutil.iter_modules(quotegraph.__path__, "quotegraph."))


@pytest.mark.parametrize("name", MODULES)
def test_doctests_pass(name, nlp):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
