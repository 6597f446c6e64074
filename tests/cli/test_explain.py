"""consentdesk explain: the decision and every reason, in the chosen language, or a clear refusal."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.cli import main
from desktop_app.db.engine import Database
from desktop_app.domain.enums import CaptureMethod, Channel
from desktop_app.services import customers, ledger
from desktop_app.services.ledger import Evidence
from tests.services.ledger_factories import ACTOR, PERSON

GRANTED = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)


def run(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str, str]:
    code = main(["--db", db.url, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def customer_id(db: Database) -> int:
    """Jürgen Müller: newsletter by e-mail with confirmed double opt-in; an objection on 1 March 2026."""
    with db.session() as s:
        person = customers.create_customer(s, ACTOR, PERSON)
        evidence = Evidence(
            captured_at=GRANTED,
            method=CaptureMethod.WEB_FORM,
            doi_requested_at=GRANTED,
            doi_confirmed_at=GRANTED + dt.timedelta(minutes=5),
        )
        ledger.grant_consent(s, ACTOR, person.id, "newsletter", Channel.EMAIL, evidence)
        ledger.record_objection(s, ACTOR, person.id, dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC))
        return person.id


def test_contactable_with_its_basis_and_notes(
    db: Database, customer_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("explain", "--customer", str(customer_id), "--purpose", "newsletter", "--channel", "email")
    code, out, _ = run(capsys, db, *args, "--date", "2026-02-01")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"Customer {customer_id}, purpose newsletter, E-mail, on 2026-02-01:"
    assert lines[1] == "Contactable."
    assert lines[2].startswith("  [basis] Valid consent for this purpose and channel (Art. 6(1)(a)")
    assert lines[-1] == "Rules version 2026.1"


def test_json_lists_every_reason_in_order(
    db: Database, customer_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("explain", "--customer", str(customer_id), "--purpose", "offers", "--channel", "email")
    code, out, _ = run(capsys, db, *args, "--date", "2026-02-01", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["contactable"], data["basis"], data["consent_id"]) == (False, None, None)
    assert data["date"] == "2026-02-01" and data["purpose"] == "offers" and data["channel"] == "email"
    # Offers by e-mail: no consent, and not an existing customer either; both bases are explained.
    codes = [r["code"] for r in data["reasons"]]
    assert codes[0] == "no_consent" and "existing_customer_no_sale" in codes
    assert all(r["severity"] == "block" and r["text"] for r in data["reasons"])


def test_german_after_the_objection(
    db: Database, customer_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("explain", "--customer", str(customer_id), "--purpose", "newsletter", "--channel", "email")
    code, out, _ = run(capsys, db, "--lang", "de", *args, "--date", "15.03.2026")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"Kunde {customer_id}, Zweck newsletter, E-Mail, am 15.03.2026:"
    assert lines[1] == "Nicht ansprechbar."
    assert lines[2] == "  [sperrt] Widerspruch gegen Direktwerbung (Art. 21 Abs. 3 DSGVO)"


@pytest.mark.parametrize(
    ("customer", "purpose", "channel", "date", "message"),
    [
        ("999", "newsletter", "email", "2026-01-01", "There is no customer with the id 999."),
        ("abc", "newsletter", "email", "2026-01-01", "“abc” is not a customer id (a number)."),
        ("{id}", "nonsense", "email", "2026-01-01", "There is no purpose nonsense."),
        (
            "{id}",
            "newsletter",
            "fax",
            "2026-01-01",
            "Unknown channel “fax”; use one of: email, phone, sms, post.",
        ),
        ("{id}", "newsletter", "email", "31.02.2026", "“31.02.2026” is not a date"),
    ],
)
def test_bad_input_is_a_message_with_exit_code_2(
    db: Database,
    customer_id: int,
    capsys: pytest.CaptureFixture[str],
    customer: str,
    purpose: str,
    channel: str,
    date: str,
    message: str,
) -> None:
    args = ["explain", "--customer", customer.format(id=customer_id), "--purpose", purpose]
    code, out, err = run(capsys, db, *args, "--channel", channel, "--date", date)
    assert code == 2 and out == ""
    assert err.startswith("Error: " + message) and "Traceback" not in err
