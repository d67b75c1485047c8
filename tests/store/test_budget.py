"""The time budget of a read on the window's thread (store/budget.py)."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.store import budget

SLOW = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000) "
        "SELECT COUNT(*) FROM n")


def test_a_read_over_its_budget_is_stopped_and_says_so():
    conn = sqlite3.connect(":memory:")
    with pytest.raises(budget.OverBudget), budget.within(conn, 0.01):
        conn.execute(SLOW).fetchone()
    # the connection is itself again: no handler left behind, the next read runs whole
    assert conn.execute("SELECT COUNT(*) FROM (SELECT 1 UNION ALL SELECT 2)").fetchone() == (2,)


def test_a_quick_read_and_no_budget_run_as_before():
    conn = sqlite3.connect(":memory:")
    with budget.within(conn, 1.0):
        assert conn.execute("SELECT 40 + 2").fetchone() == (42,)
    with budget.within(conn, None):
        assert conn.execute(SLOW.replace("50000000", "1000")).fetchone() == (1000,)


def test_other_errors_are_not_taken_for_a_spent_budget():
    conn = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.OperationalError), budget.within(conn, 1.0):
        conn.execute("SELECT * FROM no_such_table")
