"""Individuell plan: the ward application for the statutory individual plan process."""

__version__ = "0.1.0"
