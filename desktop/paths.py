"""Where the program keeps its data: functions over platformdirs with an environment override."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "individuell-plan"
ENV_DATA_DIR = "INDIVIDUELL_PLAN_DATA_DIR"
DB_FILE = "individuell-plan.sqlite"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: the explicit override, else the environment variable, else platformdirs."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs  # only here: a command given --data-dir never needs it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(folder: Path) -> Path:
    return folder / DB_FILE


def backup_dir(folder: Path) -> Path:
    return folder / "backups"
