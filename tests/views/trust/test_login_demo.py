"""The log-in screen of a demo database: each demo username and password stays on one line
(easy to read and to copy), however narrow the table gets."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from desktop.store import policy
from desktop.store.settings import set_setting
from desktop.views.trust.login_dialog import LoginDialog


def test_demo_passwords_never_break(db, qtbot, fast_hash) -> None:
    policy.create_demo_accounts(db)
    set_setting(db, policy.KEY_DEMO, "1")
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo.isVisible()
    document = QTextDocument()
    document.setDefaultFont(dialog.demo.font())
    document.setHtml(dialog.demo.text())
    document.setTextWidth(300)  # narrower than the dialog: the departments wrap
    document.size()  # lays it out
    cells: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        cells[block.text()] = block.layout().lineCount()
        block = block.next()
    for name, _, _, _, password in policy.DEMO_ACCOUNTS:
        assert cells[name] == 1
        assert cells[password] == 1, password
    assert cells["Barne- og ungdomspsykiatri, Barnehabilitering"] > 1
