"""Fixtures for the app's tests: fixture stores in tmp files, and waiting for the app to settle."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import store_fixture  # noqa: E402


@pytest.fixture(scope="session")
def fixture_store(tmp_path_factory) -> Path:
    """The fixture store, built once per test session (tests only read it)."""
    return store_fixture.build(tmp_path_factory.mktemp("stores") / "fixture.db")


@pytest.fixture(scope="session")
def sample_like_store(tmp_path_factory) -> Path:
    """The fixture articles marked as sample, as the bundled sample store is."""
    return store_fixture.build(tmp_path_factory.mktemp("stores") / "sample-like.db", is_sample=True)
