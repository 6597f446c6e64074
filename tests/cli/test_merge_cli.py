"""`consentdesk merge`: a preview that changes nothing, then the merge with --yes; verify stays OK."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.cli import main
from desktop_app.db.engine import Database
from desktop_app.domain.enums import CaptureMethod, Channel, CustomerStatus
from desktop_app.services import customers, ledger
from desktop_app.services.customers import CustomerInput

NOW = dt.datetime.now(dt.UTC)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _pair(db: Database) -> tuple[int, int]:
    with db.session() as s:
        keep = customers.create_customer(s, "anna", CustomerInput(last_name="Müller", email="a@example.de"))
        other = customers.create_customer(
            s, "anna", CustomerInput(last_name="Müller", email="b@example.de", phone="030 1234567")
        )
        evidence = ledger.Evidence(NOW - dt.timedelta(days=2), CaptureMethod.PAPER_FORM)
        ledger.grant_consent(s, "anna", other.id, "offers", Channel.POST, evidence)
    return keep.id, other.id


def test_preview_then_merge_then_verify(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    keep, other = _pair(db)
    args = ("--db", db.url, "merge", "--keep", str(keep), "--other", str(other), "--take", "email")
    code, out, _ = run(capsys, *args)
    assert code == 0 and "Nothing was changed. Add --yes to merge." in out
    assert "b@example.de *" in out and "030 1234567 *" in out  # chosen, and filled from the empty field
    assert "offers · post: moves with its history" in out
    with db.read_session() as s:
        assert customers.get_customer(s, other).status == CustomerStatus.ACTIVE

    code, out, _ = run(capsys, *args, "--yes", "--json")
    result = json.loads(out)
    assert code == 0 and result["merged"] is True and result["fields"]["email"] == "other"
    with db.read_session() as s:
        assert customers.get_customer(s, keep).email == "b@example.de"
        assert customers.get_customer(s, other).status == CustomerStatus.ERASED
        assert [c.purpose_code for c in ledger.customer_consents(s, keep)] == ["offers"]
    code, out, _ = run(capsys, "--db", db.url, "verify")
    assert code == 0 and "OK: the audit trail is complete and unchanged." in out


def test_bad_input_is_a_message_not_a_traceback(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    keep, other = _pair(db)
    code, out, err = run(
        capsys, "--db", db.url, "merge", "--keep", str(keep), "--other", str(other), "--take", "shoe_size"
    )
    assert code == 2 and "Unknown field “shoe_size”" in out + err and "Traceback" not in err
    code, out, err = run(capsys, "--db", db.url, "merge", "--keep", str(keep), "--other", str(keep), "--yes")
    assert code == 2 and "cannot be merged with itself" in out + err
