"""Screenshots of the trust screens (log-in, users, access log, the nødtilgang banner, the
password and nødtilgang pages of Innstillinger) for docs/screenshots/.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/trust_screenshots.py
Uses a temporary demo database (synthetic people only).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop import store  # noqa: E402
from desktop.demo import fill_demo  # noqa: E402
from desktop.store import access, accounts, policy  # noqa: E402
from desktop.store.session import Session  # noqa: E402
from desktop.views.trust.log_view import LogView  # noqa: E402
from desktop.views.trust.login_dialog import LoginDialog  # noqa: E402
from desktop.views.trust.settings_dialog import SettingsDialog  # noqa: E402
from desktop.views.trust.users_dialog import UsersDialog  # noqa: E402


def _settings_tab(app, session, title: str, path: Path) -> None:
    dialog = SettingsDialog(session)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    dialog.tabs.setCurrentIndex(titles.index(title))
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(path))
    dialog.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = store.open_db(Path(folder) / "demo.sqlite")
        fill_demo(db, 40)
        policy.create_demo_accounts(db)
        login = LoginDialog(db)  # a demo database: the demo accounts show
        login.show()
        app.processEvents()
        login.grab().save(str(out / "login.png"))
        demo_admin = accounts.authenticate(db, "demo.admin", "demo-passord-admin")
        vera = accounts.authenticate(db, "demo.voksen", "demo-passord-ansatt")
        session = Session(db, vera)
        own = access.search_visible(session)[:3]
        for patient in own:
            access.open_patient(session, patient.id)
        other = next(p for p in store.search_patients(db, limit=100)
                     if p.department not in vera.departments)
        access.emergency_open(session, other.id, "Innlagt akutt i natt; vakthavende lege "
                                                 "trengte kriseplanen")
        from desktop.app import main_window_for

        window = main_window_for(session)
        window.resize(1366, 768)
        window.show()
        window.open_patient(other.id)
        app.processEvents()
        window.grab().save(str(out / "workspace-emergency-1366x768.png"))
        window.close()
        _settings_tab(app, session, "Passord", out / "settings-password.png")
        # the first real administrator ends the demo accounts, then gives herself a department
        admin = accounts.add_user(db, demo_admin, "kari.admin", "Kari Admin",
                                  "styrer-passord-1", accounts.ROLE_ADMIN)
        accounts.add_user(db, admin, "siri.k", "Siri Kvam", "passord-siri",
                          departments=["Somatikk/rehabilitering"])
        accounts.update_user(db, admin, "kari.admin", "Kari Admin", accounts.ROLE_ADMIN,
                             ["Voksenpsykiatri"])
        _settings_tab(app, Session(db, admin), "Nødtilgang", out / "settings-emergency.png")
        for _ in range(3):
            try:
                accounts.authenticate(db, "demo.barn", "feil-passord")
            except accounts.LoginRefused:
                pass
        first = store.open_db(":memory:")
        first_login = LoginDialog(first)
        first_login.show()
        app.processEvents()
        first_login.grab().save(str(out / "login-first-start.png"))
        users = UsersDialog(db, admin)
        users.show()
        app.processEvents()
        users.grab().save(str(out / "users.png"))
        log = LogView(db)
        log.show()
        app.processEvents()
        log.grab().save(str(out / "access-log.png"))
        db.close()


if __name__ == "__main__":
    main()
