"""Shared by every room: the palette and stylesheet, small widget helpers and accessibility."""
