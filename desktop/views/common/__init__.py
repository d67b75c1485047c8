"""Shared by every room: small widget helpers (style.py) and accessibility."""
