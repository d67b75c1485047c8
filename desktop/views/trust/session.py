"""The window's side of trust: the writer lock and a backup at start, log-in before the window,
the idle lock, nødtilgang, the administrators' menu (users, log, backup, restore), daily
backups, and the warning about a broken log chain. Works through the main window's hooks."""

from __future__ import annotations

import importlib
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)

from desktop import paths
from desktop.store import audit, backup, opening, policy, unlock
from desktop.store.accounts import User
from desktop.store.backup import RestoreError
from desktop.store.lock import FolderInUse, WriterLock
from desktop.store.log import LOCK, LOGOUT
from desktop.store.session import Session as UserSession
from desktop.views.common import accessibility
from desktop.views.common.after_paint import AfterFirstPaint
from desktop.views.trust.dialog_cover import (
    LockCover,
    close_covered,
    cover_open_dialogs,
    uncover,
)
from desktop.views.trust.idle_lock import IdleWatcher
from desktop.views.trust.login_dialog import LoginDialog

if TYPE_CHECKING:
    import sqlite_utils

BACKUP_CHECK_MS = 60 * 60 * 1000  # look once an hour whether the daily backup is due
EMERGENCY_CHECK_MS = 30 * 1000  # how often an open nødtilgang is checked for its expiry


class Session(QObject):
    """One logged-in user at a time over one main window (``make_window(session)`` builds it
    over the user's store.session.Session, made new at each log-in)."""

    _chain_checked = Signal(list)  # from the log-in's chain check thread (queued)

    def __init__(self, db: sqlite_utils.Database, folder: Path,
                 make_window: Callable[[UserSession], QWidget],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.folder = folder
        self.make_window = make_window
        self.window = None
        self.user: User | None = None
        self.user_session: UserSession | None = None  # who acts in the window, and nødtilgang
        self.dialog: LoginDialog | None = None
        self._covers: list[LockCover] = []  # dialogs under a sheet while locked
        self.idle = IdleWatcher(policy.idle_minutes(db), self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.backup_job: backup.BackupJob | None = None
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.backup_if_due)
        self.emergency_timer = QTimer(self)
        self.emergency_timer.setInterval(EMERGENCY_CHECK_MS)
        self.emergency_timer.timeout.connect(self.end_expired_emergency)
        self.chain_check: audit.LoginCheck | None = None
        self._chain_checked.connect(self._warn_of_faults)

    # ------------------------------------------------------------ log-in and windows

    def start(self) -> None:
        """Show the log-in (or first administrator) screen; the window follows."""
        self._ask_login("")

    def _ask_login(self, locked_by: str) -> None:
        self.dialog = LoginDialog(self.db, locked_by)
        self.dialog.finished.connect(self._login_finished)
        self.dialog.open()

    def _login_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or dialog.user is None:
            if self.window is not None and not self.window.workspace.flush():
                self._ask_login(self.user.display_name)  # never quit over unsaved text
                return
            self.quit()
            return
        new = dialog.user
        if dialog.db is not None:  # the database the log-in wrote through (store/opening.py)
            self.db = dialog.db
        if self.window is not None and self.user and new.username == self.user.username:
            self.window.show()  # the same person unlocks: everything is as it was
            uncover(self._covers)
            self._covers = []
            self.idle.start()
            return
        if self.window is not None:
            if not self.window.workspace.flush():
                QMessageBox.warning(None, self.tr("Ikke lagret"), self.tr(
                    "Endringene til {name} kan ikke lagres ennå ({error}). Bare {name} kan låse "
                    "opp nå, så ingenting går tapt.").format(
                    name=self.user.display_name, error=self.window.workspace.last_error))
                self._ask_login(self.user.display_name)
                return
            self._close_window()
        self.open_window(new)

    def open_window(self, user: User) -> None:
        self.user = user
        self.user_session = UserSession(self.db, user)
        self.window = self.make_window(self.user_session)
        self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.destroyed.connect(self._window_closed)
        self._add_actions(self.window)
        self.window.show()
        self.idle.set_minutes(policy.idle_minutes(self.db))
        self.idle.start()
        self.backup_timer.start()
        self.emergency_timer.start()
        if user.is_admin:  # only they are told; the window does not wait for the check
            self.chain_check = audit.LoginCheck(self.db, self._report_faults)
            self.chain_check.start()

    def _report_faults(self, faults: list[str]) -> None:
        try:  # on the check's thread: hand the faults to the window's thread
            self._chain_checked.emit(faults)
        except RuntimeError:  # this session has been deleted meanwhile: no one to tell
            pass

    def _warn_of_faults(self, faults: list[str]) -> None:
        """The log-in's chain check has ended (on its thread): warn the administrator still
        logged in to the window it was started for."""
        if not faults or self.window is None or self.user is None or not self.user.is_admin:
            return
        QMessageBox.warning(self.window, self.tr("Tilgangsloggen er endret"), self.tr(
            "Noen har endret databasen eller tilgangsloggen utenom programmet. Kjør "
            "«individuell-plan check» for hele kontrollen, og meld fra til "
            "personvernombudet.\n\n") + "\n".join(faults[:5]))

    def _close_window(self) -> None:
        close_covered(self._covers)  # another person: the dialogs close unanswered
        self._covers = []
        window, self.window = self.window, None
        self.idle.stop()
        window.destroyed.disconnect(self._window_closed)
        window.close()

    def _window_closed(self) -> None:
        self.window = None
        self.quit()

    def quit(self) -> None:
        close_covered(self._covers)
        self._covers = []
        self.idle.stop()
        self.backup_timer.stop()
        self.emergency_timer.stop()
        if self.user is not None:
            self.user_session.log(LOGOUT)
            self.user = None
        self.user_session = None
        QApplication.instance().quit()

    def lock(self, reason: str = "idle") -> None:
        """Save what was typed, log the lock ("idle", or "by_user" from "Lås nå"), hide the window
        and ask for a log-in."""
        if self.window is None or self.dialog is not None:
            return
        self.idle.stop()
        self.window.workspace.flush()
        self.user_session.end_emergencies()  # a nødtilgang ends at the lock
        self._close_unreachable_patient()
        self.user_session.log(LOCK, None, {"reason": reason})
        # an open dialog (print preview, export, history …) shows patient data too: it is
        # covered, and what was typed in it waits for the same user (dialog_cover.py)
        self._covers = cover_open_dialogs()
        self.window.hide()
        self._ask_login(self.user.display_name)

    # ------------------------------------------------------------ nødtilgang ends

    def end_expired_emergency(self) -> None:
        """Close the open patient when the nødtilgang it was opened through has expired
        (store.session.Session.emergency drops an expired one)."""
        if self.window is not None and self.user_session is not None:
            self._close_unreachable_patient()

    def _close_unreachable_patient(self) -> None:
        """The open patient, if the user may no longer see it, is saved and closed (tried again
        at the next check when its changes cannot be saved yet)."""
        from desktop.store import access

        patient_id = self.window.workspace.current_patient_id()
        if patient_id is None or access.may_see(self.user_session, patient_id):
            return
        if self.window.workspace.close_patient():
            self.window.table.clearSelection()

    # ------------------------------------------------------------ the window's menus

    def _add_actions(self, window) -> None:
        role = self.tr("administrator") if self.user.is_admin else ", ".join(
            self.user.departments) or self.tr("ingen avdeling")
        window.statusBar().addPermanentWidget(QLabel(self.tr("Innlogget: {name} ({role})").format(
            name=self.user.display_name, role=role), window))
        lock = QAction(self.tr("Lås nå"), window)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(lambda: self.lock("by_user"))
        window.file_menu.insertAction(window.quit_action, lock)
        emergency = QAction(self.tr("Nødtilgang til annen pasient…"), window)
        emergency.triggered.connect(self.emergency)
        window.patient_menu.addSeparator()
        window.patient_menu.addAction(emergency)
        if not self.user.is_admin:
            return
        admin_menu = QMenu(self.tr("&Administrasjon"), window)
        window.menuBar().insertMenu(window.help_menu.menuAction(), admin_menu)
        window.admin_menu = admin_menu
        for text, slot in ((self.tr("Brukere…"), self.show_users),
                           (self.tr("Tilgangslogg…"), self.show_log),
                           (self.tr("Ta sikkerhetskopi nå"), self.backup_now),
                           (self.tr("Gjenopprett sikkerhetskopi…"), self.restore)):
            action = admin_menu.addAction(text)
            action.triggered.connect(slot)

    def emergency(self) -> None:
        from desktop.views.trust.emergency_dialog import EmergencyDialog  # when first asked

        dialog = EmergencyDialog(self.user_session, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.patient_id is not None:
            self.window.open_patient(dialog.patient_id)

    def show_users(self) -> None:
        from desktop.views.trust.users_dialog import UsersDialog  # when first asked

        UsersDialog(self.db, self.user, self.window).exec()
        self.idle.set_minutes(policy.idle_minutes(self.db))

    def show_log(self) -> None:
        from desktop.views.trust.log_view import LogView  # when first asked

        LogView(self.db, self.window).exec()

    # ------------------------------------------------------------ backups

    def _paths(self) -> tuple[Path, Path]:
        return paths.database_path(self.folder), paths.backup_dir(self.folder)

    def backup_if_due(self, at_start: bool = False) -> None:
        """Start an automatic backup in the background if one is due (and none is running).
        A failure (a full disk) shows when saving; the next hour tries again."""
        if self.backup_job is not None and self.backup_job.is_alive():
            return
        db_path, folder = self._paths()
        self.backup_job = backup.BackupJob(db_path, folder, policy.backup_keep(self.db),
                                           at_start)
        self.backup_job.start()

    def wait_for_backup(self) -> None:
        if self.backup_job is not None:
            self.backup_job.join()

    def backup_now(self) -> None:
        db_path, folder = self._paths()
        made = backup.backup_now(db_path, folder, backup.MANUAL, policy.backup_keep(self.db))
        QMessageBox.information(self.window, self.tr("Sikkerhetskopi"),
                                self.tr("Lagret {name}.").format(name=made))

    def restore(self) -> None:
        db_path, folder = self._paths()
        copies = backup.list_backups(folder)
        if not copies:
            QMessageBox.information(self.window, self.tr("Gjenopprett"),
                                    self.tr("Det finnes ingen sikkerhetskopier ennå."))
            return
        labels = [f"{c.made_at:%d.%m.%Y %H:%M:%S} ({c.label})" for c in copies]
        ask = QInputDialog(self.window)
        ask.setWindowTitle(self.tr("Gjenopprett"))
        ask.setLabelText(self.tr("Velg sikkerhetskopien. Dagens tilstand lagres først som egen "
                                 "kopi."))
        ask.setComboBoxItems(labels)
        ask.setOkButtonText(self.tr("Gjenopprett"))
        ask.setCancelButtonText(self.tr("Avbryt"))
        if ask.exec() != QDialog.DialogCode.Accepted or not self.window.workspace.flush():
            return
        label = ask.textValue()
        chosen = copies[labels.index(label)]
        try:
            safety = backup.restore(self.db, db_path, folder, chosen.path, self.user.username)
        except (RestoreError, OSError, sqlite3.Error) as error:
            QMessageBox.warning(self.window, self.tr("Ikke gjenopprettet"), str(error))
            return
        QMessageBox.information(self.window, self.tr("Gjenopprettet"), self.tr(
            "Gjenopprettet fra {source}. Tilstanden før er lagret i {safety}. Logg inn "
            "igjen.").format(source=chosen.path.name, safety=safety.name))
        self._close_window()
        self.user = None
        self.user_session = None
        self._ask_login("")


def _cannot_start(error: Exception, folder: Path) -> str:
    return QApplication.translate(
        "Session", "Programmet kan ikke lagre i datamappen {folder} ({error}). Mappen er "
                   "kanskje skrivebeskyttet, eller disken er full. Kontakt IT; ingenting er "
                   "endret.").format(folder=folder, error=error)


def _import_window(writer: threading.Thread) -> None:
    writer.join()  # sqlite-utils, what the log-in's OK writes with, on its own thread
    for name in ("desktop.store.db", "desktop.views.shell.main_window"):
        importlib.import_module(name)  # then the window


def import_window_meanwhile() -> threading.Thread:
    """While the log-in screen waits for the password, import the main window's modules on a
    thread, so that OK does not wait for them (about half of its work after the argon2
    check); an OK pressed sooner waits at the import for the rest. Importing defines classes
    only: no widget is made off the window's thread. sqlite-utils first, on the thread the
    window's start imports it on too (store/opening.py: what waits for that import sees it)."""
    thread = threading.Thread(target=_import_window, args=(opening.import_writer_meanwhile(),),
                              name="import-main-window", daemon=True)
    thread.start()
    return thread


def run_with_login(app: QApplication, data_dir: str | None,
                   make_window: Callable[[UserSession], QWidget]) -> int:
    """The application's life: one writer per data folder, a backup at start (in the
    background), log-in first."""
    folder = paths.data_dir(data_dir)
    title = QApplication.translate("Session", "Individuell plan")
    lock = WriterLock(folder)
    try:
        lock.acquire()
    except FolderInUse as in_use:
        QMessageBox.warning(None, title, str(in_use))
        return 1
    except OSError as error:
        QMessageBox.critical(None, title, _cannot_start(error, folder))
        return 1
    db = None
    try:
        if not unlock.is_encrypted(folder):  # an encrypted one opens with the password
            db = opening.open_data_folder(folder)  # the screen shown before sqlite-utils
    except (sqlite3.Error, OSError) as error:
        QMessageBox.critical(None, title, _cannot_start(error, folder))
        if db is not None:
            db.close()
        lock.release()
        return 1
    app.setQuitOnLastWindowClosed(False)  # the log-in screen comes and goes
    first = LoginDialog(db, "", folder=folder)
    accessibility.polish_first(first)  # the application's polisher after its paint
    AfterFirstPaint(first, import_window_meanwhile)  # (not before: the screen comes first)
    accepted = first.exec() == QDialog.DialogCode.Accepted and first.user is not None
    db = first.db  # an encrypted database was opened by the log-in
    if not accepted or db is None:
        if db is not None:
            db.close()
        lock.release()
        return 0
    try:
        db = unlock.secure(folder, db)  # a clear database is encrypted at its first log-in
    except (sqlite3.Error, OSError) as error:
        QMessageBox.critical(None, title, _cannot_start(error, folder))
        lock.release()
        return 1
    session = Session(db, folder, make_window)
    try:
        session.backup_if_due(at_start=True)  # in the background, while the window opens
        session.open_window(first.user)
        return app.exec()
    finally:
        session.wait_for_backup()
        if session.chain_check is not None:
            session.chain_check.join()
        db.close()
        lock.release()
