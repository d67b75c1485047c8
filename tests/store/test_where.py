"""The one WHERE-clause builder of the store's searches."""

from __future__ import annotations

from desktop.store.where import Where, like_pattern


def test_conditions_join_with_and_and_skip_what_is_not_given() -> None:
    where = (Where().equals("a", 1).equals("b", None).one_of("c", ["x", "y"]).one_of("d", None)
             .at_least("e", "2026").below("f", None).contains("g", "50%_"))
    assert where.sql() == ("WHERE a = ? AND c IN (?, ?) AND e >= ? AND g LIKE ? ESCAPE '\\'")
    assert where.params == [1, "x", "y", "2026", "%50\\%\\_%"]
    assert Where().sql() == "" and not Where() and where


def test_an_empty_choice_matches_nothing_and_collation_is_kept(db) -> None:
    assert db.execute(f"SELECT 1 {Where().one_of('1', []).sql()}").fetchall() == []
    where = Where().equals("'Kari'", "KARI", collate="NOCASE")
    assert db.execute(f"SELECT 1 {where.sql()}", where.params).fetchall() == [(1,)]
    assert like_pattern("a\\b") == "%a\\\\b%"
