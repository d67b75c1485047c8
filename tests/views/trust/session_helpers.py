"""What the trust view tests share: ending a window session at the end of a test."""

from __future__ import annotations


def end_session(made) -> None:
    """Stop a views.trust.session.Session's timers and close its log-in and window, so that
    nothing of it answers after the test."""
    made.idle.stop()
    made.backup_timer.stop()
    made.emergency_timer.stop()
    if made.dialog is not None:  # a log-in left open must not answer after this test
        made.dialog.finished.disconnect(made._login_finished)
        made.dialog.close()
    if made.window is not None:
        made.window.destroyed.disconnect(made._window_closed)
        made.window.workspace.flush()
        made.window.close()
