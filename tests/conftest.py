"""Shared fixtures: the spaCy pipeline, loaded once per test session, and
the path of ``../shared`` (evaluation data and the seed article, read at run
time and never copied into the repository)."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: takes several seconds (deselect with -m 'not slow')")


@pytest.fixture(scope="session")
def nlp():
    """The default quotegraph pipeline (``quotegraph.load_nlp()``), loaded once."""
    import quotegraph

    return quotegraph.load_nlp()


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared`` next to the project root; skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not found: the shared folder (seed article, eval data) is not available")
    return SHARED
