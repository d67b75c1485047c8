"""The Qt-free translation hook: printing in Bokmål on one thread leaves the others' language."""

from __future__ import annotations

import threading

from desktop import i18n


def test_source_language_holds_only_for_its_own_thread() -> None:
    saved = i18n._translator
    i18n.install(lambda _context, text: text.upper())
    try:
        inside, entered, leave = [], threading.Event(), threading.Event()

        def printing() -> None:
            with i18n.source_language():
                inside.append(i18n.translate("reports", "Samtykke"))
                entered.set()
                leave.wait(10)

        thread = threading.Thread(target=printing)
        thread.start()
        entered.wait(10)
        assert i18n.translate("reports", "Samtykke") == "SAMTYKKE"  # this thread: translated
        leave.set()
        thread.join()
        assert inside == ["Samtykke"]
    finally:
        i18n.install(saved)
