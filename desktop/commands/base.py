"""What every command shares: the exit codes, the refusal, and opening the data folder."""

from __future__ import annotations

import argparse

import sqlite_utils

from desktop import paths

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


class Refused(Exception):
    """A command refused its input; the message is one Norwegian line for standard error."""


def open_store(args: argparse.Namespace) -> sqlite_utils.Database:
    """Open (creating if needed) the database in the chosen data folder."""
    from desktop import store

    return store.open_data_folder(paths.data_dir(args.data_dir))
