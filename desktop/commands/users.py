"""The `user` commands, for IT departments that set up many ward PCs with a script (issue 15
item 9): `user add`, `user passwd`, `user deactivate` and `user list`.

Every change goes through store/accounts.py, so it follows the same password rules and is logged
exactly like the window's user administration. Passwords come from the environment
(INDIVIDUELL_PLAN_PASSWORD for the acting user, INDIVIDUELL_PLAN_NEW_PASSWORD for the new one)
or a prompt, never from an argument (arguments show in the process list and shell history).
Documented in docs/trust.md.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from desktop.commands.base import EXIT_OK, Refused, open_store
from desktop.commands.trust import ENV_PASSWORD, password_from_env_or_prompt
from desktop.i18n import translate

if TYPE_CHECKING:
    import sqlite_utils

    from desktop.store.accounts import User

ENV_NEW_PASSWORD = "INDIVIDUELL_PLAN_NEW_PASSWORD"


def new_password(username: str) -> str:
    """The new password: from INDIVIDUELL_PLAN_NEW_PASSWORD, or typed twice at a prompt."""
    password = os.environ.get(ENV_NEW_PASSWORD)
    if password is not None:
        return password
    if sys.stdin is None or not sys.stdin.isatty():
        raise Refused(translate("cli", "Oppgi det nye passordet i miljøvariabelen {env}."
                                ).format(env=ENV_NEW_PASSWORD))
    import getpass

    first = getpass.getpass(translate("cli", "Nytt passord for {user}: ").format(user=username))
    again = getpass.getpass(translate("cli", "Gjenta det nye passordet: "))
    if first != again:
        raise Refused(translate("cli", "Passordene er ikke like."))
    return first


def _acting(user: User | None) -> User:
    if user is None:
        raise Refused(translate("cli", "Oppgi --user med en administrator og passordet i {env}."
                                ).format(env=ENV_PASSWORD))
    return user


def _departments(args: argparse.Namespace) -> list[str]:
    return [d.strip() for d in args.department or [] if d.strip()]


def cmd_add(args: argparse.Namespace, user: User | None) -> int:
    from desktop import paths
    from desktop.store import accounts, unlock

    db = open_store(args)
    try:
        username = args.username.strip().lower()
        if not accounts.has_accounts(db):  # the first administrator of an empty database
            if not args.admin:
                raise Refused(translate("cli", "Den første brukeren må være administrator: "
                                               "legg til --admin."))
            if _departments(args):
                raise Refused(translate("cli", "Den første administratoren får ingen "
                                               "avdelinger; en annen administrator gir dem "
                                               "senere."))
            accounts.create_first_admin(db, username, args.name, new_password(username))
            db = unlock.secure(paths.data_dir(args.data_dir), db)  # encrypted from the start
        else:
            role = accounts.ROLE_ADMIN if args.admin else accounts.ROLE_STAFF
            accounts.add_user(db, _acting(user), username, args.name, new_password(username),
                              role, _departments(args))
    finally:
        db.close()
    print(translate("cli", "La til brukeren {name}.").format(name=username))
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, user: User | None) -> int:
    """One's own password (the current one again, then the new one), or an administrator's
    reset of someone else's, which makes them choose their own at the next log-in."""
    from desktop.store import accounts

    acting = _acting(user)
    username = args.username.strip().lower()
    db = open_store(args)
    try:
        if username == acting.username:
            current = password_from_env_or_prompt(acting.username, translate(
                "cli", "Nåværende passord for {user}: "))
            accounts.change_password(db, acting, current, new_password(username))
            done = translate("cli", "Passordet er endret.")
        else:
            accounts.reset_password(db, acting, username, new_password(username))
            done = translate("cli", "Nytt passord satt for {name}; brukeren må velge sitt eget "
                                    "ved neste innlogging.").format(name=username)
    finally:
        db.close()
    print(done)
    return EXIT_OK


def cmd_deactivate(args: argparse.Namespace, user: User | None) -> int:
    from desktop.store import accounts

    db = open_store(args)
    try:
        accounts.set_active(db, _acting(user), args.username.strip().lower(), False)
    finally:
        db.close()
    print(translate("cli", "Deaktiverte brukeren {name}.").format(name=args.username.strip()))
    return EXIT_OK


def _status(user: User) -> str:
    if not user.active:
        return translate("cli", "deaktivert")
    if user.must_change_password:
        return translate("cli", "må velge nytt passord")
    return translate("cli", "aktiv")


def cmd_list(args: argparse.Namespace, user: User | None) -> int:
    """One user a line: user name, name, role, departments, status (tab-separated)."""
    from desktop.store import accounts

    acting = _acting(user)
    db: sqlite_utils.Database = open_store(args)
    try:
        fresh = accounts.get_user(db, acting.username)
        if fresh is None or not fresh.is_admin:
            raise Refused(translate("cli", "Bare administratorer kan se brukerne."))
        users = accounts.list_users(db)
    finally:
        db.close()
    for each in users:
        role = translate("cli", "administrator") if each.is_admin else translate("cli", "ansatt")
        print(f"{each.username}\t{each.display_name}\t{role}\t{', '.join(each.departments)}"
              f"\t{_status(each)}")
    return EXIT_OK


def register(commands) -> None:
    group = commands.add_parser(
        "user", help="brukerkontoer: legg til, passord, deaktiver, vis (for IT-skript)")
    actions = group.add_subparsers(dest="action", metavar="HANDLING", required=True)
    add = actions.add_parser(
        "add", help="legg til en bruker (den første administratoren uten --user); passordet "
                    f"fra {ENV_NEW_PASSWORD} eller spørsmål")
    add.add_argument("username", metavar="BRUKERNAVN")
    add.add_argument("--name", required=True, metavar="NAVN", help="fullt navn")
    add.add_argument("--admin", action="store_true", help="administrator i stedet for ansatt")
    add.add_argument("--department", action="append", metavar="AVDELING",
                     help="avdeling brukeren får tilgang til (kan gjentas)")
    add.set_defaults(func=cmd_add)
    passwd = actions.add_parser(
        "passwd", help="bytt eget passord, eller (administrator) sett nytt passord som "
                       "brukeren må bytte ved neste innlogging")
    passwd.add_argument("username", metavar="BRUKERNAVN")
    passwd.set_defaults(func=cmd_passwd)
    deactivate = actions.add_parser("deactivate", help="deaktiver en bruker (slettes aldri)")
    deactivate.add_argument("username", metavar="BRUKERNAVN")
    deactivate.set_defaults(func=cmd_deactivate)
    listing = actions.add_parser(
        "list", help="én bruker per linje: brukernavn, navn, rolle, avdelinger, status")
    listing.set_defaults(func=cmd_list)
