"""A campaign export's evidence rows are the file's rows, whichever way they are written.

The cells come out of SQL (campaign_rows.export_rows); on SQLite the evidence rows are then written by
one INSERT ... SELECT with json_array, on PostgreSQL encoded in Python and sent by COPY. Either way each
evidence row must hold exactly the cells the file got, as the compact JSON Python's encoder writes,
whatever the text holds, and the local date of the grant time also in hours whose date changes within
the hour (campaign_rows.DAYS). These tests run on both backends (CONSENTDESK_TEST_DB).
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from desktop_app.db.engine import Database
from desktop_app.db.models import CampaignExportRow, Consent, Customer
from desktop_app.domain.enums import Channel
from desktop_app.services.campaign_files import COLUMNS, CsvListWriter
from desktop_app.services.campaign_rows import CUSTOMER_FIELDS, local_day
from tests.services import test_campaign_local_days
from tests.services.campaign_factories import TODAY, contactable, export, set_columns
from tests.services.ledger_factories import PERSON, make_customer

ALL = tuple(COLUMNS)  # every column: the customer's, then basis, consent id, consent date
CONSENT = "Consent (Art. 6(1)(a) GDPR)"
# Text that JSON has to escape, or that an encoder might escape when it need not.
ODD = (
    'Ö"\\ 😀 </c> \\u0041',
    "\x01\x1f\x7f",
    "a\nb\rc\td\be\ff",
    "\u2028\u2029\ufeff",
    "",
    "=1+1",
    "ßẞ€ 北京",
)


def _compact(cells: Sequence[Any]) -> str:
    return json.dumps(list(cells), ensure_ascii=False, separators=(",", ":"))


def _stored(db: Database, export_id: int) -> list[Any]:
    """The export's evidence rows in their order: customer_id, consent_id, basis, basis_date,
    values_json."""
    r = CampaignExportRow
    with db.read_session() as s:
        query = select(r.customer_id, r.consent_id, r.basis, r.basis_date, r.values_json)
        return list(s.execute(query.where(r.export_id == export_id).order_by(r.id)))


def _expected(db: Database, ids: list[int]) -> list[list[Any]]:
    """The cells of each customer's row, worked out here from the records."""
    rows = []
    with db.read_session() as s:
        for cid in sorted(ids):
            customer = s.get(Customer, cid)
            assert customer is not None
            consent = s.scalars(select(Consent).where(Consent.customer_id == cid)).one()
            assert consent.granted_at is not None
            granted = consent.granted_at.replace(tzinfo=None)
            fields = [getattr(customer, f) for f in CUSTOMER_FIELDS]
            rows.append([*fields, CONSENT, consent.id, local_day(granted)])
    return rows


def _same_file(path: Path, rows: list[list[Any]], tmp_path: Path) -> bytes:
    """The .csv the CSV writer makes of `rows` under the export's headers."""
    reference = tmp_path / "reference.csv"
    writer = CsvListWriter(str(reference), [COLUMNS[c].kind for c in ALL], ";", "en")
    writer.header([COLUMNS[c].header for c in ALL])
    writer.rows(rows)
    writer.close([], "")
    return reference.read_bytes()


@pytest.mark.parametrize("json_functions", [True, False], ids=["sql", "python"])
def test_evidence_rows_are_the_files_rows_as_compact_json(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, json_functions: bool
) -> None:
    """Also as an SQLite without its JSON functions writes them (in Python, like PostgreSQL)."""
    from desktop_app.services import campaign_export, campaign_rows

    with db.engine.connect() as connection:
        assert campaign_rows.evidence_in_sql(connection) == (db.is_sqlite)  # this SQLite has them
    if not json_functions:
        monkeypatch.setattr(campaign_export, "evidence_in_sql", lambda _connection: False)
        monkeypatch.setattr(campaign_export, "store_evidence", lambda *_a: pytest.fail("used SQL JSON"))
    ids = [contactable(db, i + 1) for i in range(len(ODD))]
    for cid, odd in zip(ids, ODD, strict=True):
        set_columns(db, cid, last_name=odd, company=odd[::-1], title=None, city=odd + "x")
    path = tmp_path / "odd.csv"
    result = export(db, path, columns=ALL)
    expected = _expected(db, ids)
    stored = _stored(db, result.export_id)
    assert result.rows == len(ODD) and [r.customer_id for r in stored] == sorted(ids)
    assert [r.values_json for r in stored] == [_compact(row) for row in expected]
    assert [json.loads(r.values_json)[4] for r in stored] == list(ODD)  # the names as they were
    with db.read_session() as s:
        for row in stored:
            consent = s.scalars(select(Consent).where(Consent.customer_id == row.customer_id)).one()
            assert (row.consent_id, row.basis, row.basis_date) == (consent.id, "consent", consent.granted_at)
    assert path.read_bytes() == _same_file(path, expected, tmp_path)


def test_rows_without_a_consent_row_record_none(db: Database, tmp_path: Path) -> None:
    """Post to customers by legitimate interest: no consent id, no date, in the file and the evidence."""
    first = make_customer(db, PERSON, customer_no="K-1", last_name="Ärger").id
    second = contactable(db, 2, city="Köln")  # an e-mail consent: no basis for post
    result = export(db, tmp_path / "post.csv", channel=Channel.POST, columns=ALL)
    stored = _stored(db, result.export_id)
    assert [(r.customer_id, r.consent_id, r.basis, r.basis_date) for r in stored] == [
        (first, None, "legitimate_interest", None),
        (second, None, "legitimate_interest", None),
    ]
    with db.read_session() as s:
        customers = [s.get(Customer, cid) for cid in (first, second)]
        basis = "Legitimate interest, post (Art. 6(1)(f) GDPR)"
        expected = [[getattr(c, f) for f in CUSTOMER_FIELDS] + [basis, None, None] for c in customers]
    assert [json.loads(r.values_json) for r in stored] == expected
    assert [r.values_json for r in stored] == [_compact(row) for row in expected]
    assert result.consents_used == 0


# Made up (POSIX rule): +0:45/+1:45, back at 00:15 summer time, i.e. 22:30 UTC. In the UTC hour
# 22:00-22:59 of that night the local date goes D, D+1, D again (see test_campaign_local_days).
zone = test_campaign_local_days.zone  # the fixture that switches the time zone
ODD_ZONE = "XST-0:45XDT-1:45,M3.5.0/1,M10.5.0/0:15"


def _hour_whose_date_changes(within: dt.timedelta) -> list[dt.datetime]:
    """Times every 5 minutes through the latest UTC hour before now whose local dates differ."""
    hour = dt.datetime.now(dt.UTC).replace(tzinfo=None, minute=0, second=0, microsecond=0)
    for _ in range(int(within / dt.timedelta(hours=1))):
        hour -= dt.timedelta(hours=1)
        times = [hour + dt.timedelta(minutes=5 * i, microseconds=7) for i in range(12)]
        if len({local_day(t) for t in times}) > 1:
            return times
    raise AssertionError("no such hour in the zone")


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="the time zone is switched with tzset")
@pytest.mark.parametrize("zone", [ODD_ZONE], indirect=True)
def test_consent_dates_in_an_hour_whose_local_date_changes(db: Database, tmp_path: Path, zone: str) -> None:
    times = _hour_whose_date_changes(dt.timedelta(days=366))
    ids = [contactable(db, i + 1) for i in range(len(times))]
    with db.session() as s:
        for cid, granted in zip(ids, times, strict=True):
            at = granted.replace(tzinfo=dt.UTC)
            s.execute(update(Consent).where(Consent.customer_id == cid).values(granted_at=at))
    path = tmp_path / "zone.csv"
    result = export(db, path, columns=ALL, on=TODAY)
    assert result.rows == len(times)
    stored = _stored(db, result.export_id)
    days = [json.loads(r.values_json)[-1] for r in stored]
    assert days == [local_day(t) for t in times]
    assert len(set(days)) > 1 and days != [f"{t:%Y-%m-%d}" for t in times]  # not the UTC dates
    assert [r.values_json for r in stored] == [_compact(row) for row in _expected(db, ids)]
    assert path.read_bytes() == _same_file(path, _expected(db, ids), tmp_path)
