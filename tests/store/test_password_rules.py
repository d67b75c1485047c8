"""Password rules (issue 15 item 6): at least 12 characters, not the user name, not one of the
most used passwords; one Bokmål sentence per refusal, the same in every path that sets one.
And the flag when an administrator gives themselves departments."""

from __future__ import annotations

import json

import pytest

from desktop.store import accounts, audit
from desktop.store.accounts import AccountError, check_password_rules
from desktop.store.log import SELF_GRANT, USER_ADMIN

pytestmark = pytest.mark.usefixtures("fast_hash")


@pytest.mark.parametrize(("password", "username", "sentence"), [
    ("kort-ord-1", "", "minst 12 tegn"),
    ("aaaaaaaaaaaaaaa", "", "for få ulike tegn"),
    ("121212121212", "", "for få ulike tegn"),
    ("kari.admin-2026", "kari.admin", "brukernavnet"),
    ("KariAdmin!!2026", "kari.admin", "brukernavnet"),
    ("nimda.irak-2026", "kari.admin", "brukernavnet"),
    ("ola1234567890", "ola", "brukernavnet"),
    ("passord123456", "", "mest brukte"),
    ("Passord123456!", "", "mest brukte"),
    ("Sommer2026!!!", "", "mest brukte"),
    ("qwertyuiop123", "", "mest brukte"),
    ("123456789012", "", "mest brukte"),
    ("Rosenborg12345", "", "mest brukte"),
    ("iloveyou123456", "", "mest brukte"),
])
def test_weak_passwords_are_refused_with_one_sentence(password, username, sentence) -> None:
    with pytest.raises(AccountError, match=sentence) as refused:
        check_password_rules(password, username)
    assert str(refused.value).count(".") <= 2 and password not in str(refused.value)


@pytest.mark.parametrize(("password", "username"), [
    ("korrekt hest batteri", "kari.admin"),
    ("solaris-sommer-2026", "ola"),  # a short user name inside another word is no fault
    ("Fjellvann og 7 bekker", ""),
])
def test_long_uncommon_passwords_pass(password, username) -> None:
    check_password_rules(password, username)


def test_the_list_is_a_real_list_with_norwegian_passwords() -> None:
    common = accounts.common_passwords()
    assert len(common) > 5000
    assert {"passord123456", "password", "qwerty", "sommer2026", "hemmelig"} <= common


def test_every_path_that_sets_a_password_follows_the_rules(db) -> None:
    with pytest.raises(AccountError, match="brukernavnet"):
        accounts.create_first_admin(db, "kari.admin", "Kari Admin", "kari.admin.2026")
    assert not accounts.has_accounts(db)
    admin = accounts.create_first_admin(db, "kari.admin", "Kari Admin", "riktig-passord")
    with pytest.raises(AccountError, match="mest brukte"):
        accounts.add_user(db, admin, "ola.n", "Ola N", "passord123456")
    staff = accounts.add_user(db, admin, "ola.n", "Ola N", "korrekt hest batteri")
    with pytest.raises(AccountError, match="brukernavnet"):
        accounts.reset_password(db, admin, "ola.n", "olan-er-best-2026")
    with pytest.raises(AccountError, match="minst 12"):
        accounts.change_password(db, staff, "korrekt hest batteri", "kort")
    before = db.execute("SELECT password_hash FROM users WHERE username = 'ola.n'").fetchone()
    assert accounts.authenticate(db, "ola.n", "korrekt hest batteri").username == "ola.n"
    assert db.execute("SELECT password_hash FROM users WHERE username = 'ola.n'"
                      ).fetchone() == before


def test_an_admin_giving_themselves_departments_is_flagged(db) -> None:
    admin = accounts.create_first_admin(db, "kari.admin", "Kari Admin", "riktig-passord")
    accounts.add_user(db, admin, "per.admin", "Per Admin", "et annet passord", accounts.ROLE_ADMIN)
    accounts.update_user(db, admin, "kari.admin", "Kari Admin", accounts.ROLE_ADMIN,
                         ["Voksenpsykiatri"])
    accounts.update_user(db, admin, "per.admin", "Per Admin", accounts.ROLE_ADMIN, ["BUP"])
    accounts.update_user(db, admin, "kari.admin", "Kari A.", accounts.ROLE_ADMIN,
                         ["Voksenpsykiatri"])  # nothing added: an ordinary update
    rows = db.execute("SELECT kind, user, detail FROM access_log WHERE kind IN (?, ?) "
                      "ORDER BY id", [SELF_GRANT, USER_ADMIN]).fetchall()
    kinds = [(kind, json.loads(detail)["username"]) for kind, _, detail in rows]
    assert kinds[-3:] == [(SELF_GRANT, "kari.admin"), (USER_ADMIN, "per.admin"),
                          (USER_ADMIN, "kari.admin")]
    assert json.loads(rows[-3][2])["added"] == ["Voksenpsykiatri"]
    flagged = audit.search_log(db, kinds=(SELF_GRANT,))
    assert len(flagged) == 1 and flagged[0].is_flagged
    assert "nye avdelinger: Voksenpsykiatri" in flagged[0].detail
