"""Shared fixtures. Qt runs offscreen; every test gets its own temporary database and data dir."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("INDIVIDUELL_PLAN_LANGUAGE", "nb")  # the tests read Bokmål texts

import random  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop import paths, store  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder, also set as the environment's choice."""
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(folder))
    return folder


@pytest.fixture
def db(data_dir: Path):
    """A fresh current-schema database in the test's data folder."""
    database = store.open_db(paths.database_path(data_dir), paths.backup_dir(data_dir))
    yield database
    database.close()


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1234)


@pytest.fixture
def fast_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2 parameters for tests that log in many times (production cost is tested)."""
    from argon2 import PasswordHasher

    from desktop.store import accounts

    monkeypatch.setattr(accounts, "hasher", PasswordHasher(time_cost=1, memory_cost=8,
                                                           parallelism=1))

