"""The dry run: what an import would do, row by row, without writing anything."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from import_builders import ACTOR, HEADINGS, dry, file_hash, german_csv, plan, row, xlsx
from ledger_factories import PERSON, make_customer

from desktop_app.db.base import utcnow
from desktop_app.db.engine import Database
from desktop_app.domain.enums import Channel
from desktop_app.services import ledger
from desktop_app.services.importing import MergePolicy, NoMeans, RowIssue, save_issues_xlsx
from desktop_app.services.importing.profile import Defaults


def _messages(report: object) -> list[str]:
    return [f"{i.row}|{i.column}|{i.severity}|{i.message}" for i in report.issues]  # type: ignore[attr-defined]


@pytest.mark.sqlite_only
def test_counts_of_a_messy_list_and_nothing_written(db: Database, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "messe.xlsx",
        [
            row(),  # new, with a consent
            row(
                "K-77", "Bernd", "Schmidt", "bernd@example.de", "", "10115", "Berlin", "nein", None
            ),  # refusal
            row("", "Carla", "Meier", "ANNA@example.de"),  # duplicate of row 4 by normalised e-mail
            row("", "Dora", "", "kaputt", "", 1067, "Berlin", "vielleicht", None),  # three errors
            row("", "Emil", "Ernst", "emil@example.de", "", 1067, "Jena", "", None),  # warning: postcode zero
        ],
        title="Kundenliste Messe Hannover",
    )
    before = file_hash(db)
    report = dry(db, plan(path))
    c = report.counts
    assert (c.rows, c.new, c.duplicates, c.errors, c.warnings) == (5, 3, 1, 1, 1)
    assert c.accounted == c.rows
    assert c.consents == {"newsletter/email/granted": 1, "newsletter/email/refused": 1}
    assert report.header_row == 3 and report.batch_id is None
    lines = _messages(report)
    assert any(line.startswith("6||notice|Same e-mail address as row 4") for line in lines)
    assert "7|E-Mail|error|“kaputt” is not an e-mail address." in lines
    assert any(line.startswith("7|Newsletter|error|“vielleicht” is not a yes/no answer") for line in lines)
    assert any(line.startswith("8|PLZ|warning|The postcode 1067 was stored as a number") for line in lines)
    assert file_hash(db) == before


def test_german_excel_csv(db: Database, tmp_path: Path) -> None:
    path = german_csv(
        tmp_path / "liste.csv",
        [row("K-1", "Jürgen", "Weiß", "juergen@example.de", "0351 1234567", "01067", "Dresden", "x")],
    )
    report = dry(db, plan(path))
    assert report.counts.new == 1 and report.counts.errors == 0
    assert report.counts.consents == {"newsletter/email/granted": 1}


def test_consent_without_date_is_an_error_unless_the_file_has_a_default(db: Database, tmp_path: Path) -> None:
    headings = ("Nachname", "E-Mail", "Newsletter")
    path = xlsx(
        tmp_path / "a.xlsx", [("Müller", "m@example.de", "ja"), ("Meier", "x@example.de", "")], headings
    )
    report = dry(db, plan(path))
    assert report.counts.errors == 1 and report.counts.new == 1  # the empty cell is "not asked", not an error
    assert "The consent has no date" in report.errors[0].message
    dated = dry(db, plan(path, defaults=Defaults(consent_date=dt.date(2025, 3, 1))))
    assert dated.counts.errors == 0 and dated.counts.consents == {"newsletter/email/granted": 1}


def test_consent_cells_yes_no_dates_doi_and_withdrawal(db: Database, tmp_path: Path) -> None:
    headings = ("Nachname", "E-Mail", "Newsletter", "Einwilligung am", "DOI am", "Widerruf am")
    day = dt.date(2024, 5, 1)
    path = xlsx(
        tmp_path / "c.xlsx",
        [
            ("A", "a@example.de", dt.date(2024, 2, 1), None, None, None),  # a date means given then
            ("B", "b@example.de", "x", day, dt.date(2024, 5, 2), None),  # confirmed by double opt-in
            ("C", "c@example.de", "ja", day, None, dt.date(2024, 9, 1)),  # given, later withdrawn
            ("D", "d@example.de", "nein", day, None, None),  # refused
            ("E", "e@example.de", "ja", day, dt.date(2024, 4, 1), None),  # DOI before consent: error
            ("F", "f@example.de", "ja", dt.date(2099, 1, 1), None, None),  # in the future: error
        ],
        headings,
    )
    report = dry(db, plan(path))
    assert report.counts.consents == {
        "newsletter/email/granted": 2,
        "newsletter/email/withdrawn": 1,
        "newsletter/email/refused": 1,
    }
    assert report.counts.errors == 2
    errors = {i.row: i.message for i in report.errors}
    assert "double opt-in confirmation" in errors[6] and "future" in errors[7]
    not_asked = dry(db, plan(path, no_means=NoMeans.NOT_ASKED))
    assert "newsletter/email/refused" not in not_asked.counts.consents


def test_minor_without_parental_consent_is_an_error(db: Database, tmp_path: Path) -> None:
    headings = ("Nachname", "E-Mail", "Geburtsdatum", "Newsletter", "Einwilligung am")
    born = dt.date.today() - dt.timedelta(days=14 * 365)
    path = xlsx(tmp_path / "m.xlsx", [("Kind", "k@example.de", born, "ja", dt.date.today())], headings)
    report = dry(db, plan(path))
    assert report.counts.errors == 1 and "under 16" in report.errors[0].message


def test_objected_people_are_blocked_by_hashed_contact_data(db: Database, tmp_path: Path) -> None:
    objector = make_customer(db, email="Jana.Berg@example.de", phone="030 7654321", mobile="")
    channel_no = make_customer(db, email="tom@example.de", phone="", mobile="")
    when = utcnow() - dt.timedelta(days=3)
    with db.session() as s:
        ledger.record_objection(s, ACTOR, objector.id, when)  # all channels
        ledger.record_channel_refusal(s, ACTOR, channel_no.id, Channel.EMAIL, when)
    path = xlsx(
        tmp_path / "s.xlsx",
        [
            row("", "Jana", "Berg", "jana.berg+news@example.de", ""),  # +tag: matched by the loose hash
            row("", "J.", "Berg", "other@example.de", "+49 30 7654321"),  # matched by the phone hash
            row("", "Tom", "Neu", "TOM@example.de", ""),  # only his e-mail consent is refused
        ],
    )
    report = dry(db, plan(path, merge_policy=MergePolicy.FILL_EMPTY))
    c = report.counts
    assert (c.blocked, c.new, c.updated, c.unchanged) == (2, 0, 0, 1)
    assert c.consents == {} and c.consents_not_recorded == 1
    blocked = [i.message for i in report.issues if i.row in (2, 3)]
    assert all("objection to direct marketing" in m for m in blocked)


def test_existing_customers_by_number_then_email_and_the_merge_policy(db: Database, tmp_path: Path) -> None:
    known = make_customer(db, customer_no="K-5", email="anna@example.de", phone="", city="")
    path = xlsx(tmp_path / "e.xlsx", [row("K-5", city="Leipzig", phone="0341 1234567", newsletter="")])
    skip = dry(db, plan(path, merge_policy=MergePolicy.SKIP))
    assert (skip.counts.skipped, skip.counts.updated) == (1, 0)
    undecided = dry(db, plan(path, merge_policy=None))
    assert undecided.needs_merge_policy and undecided.counts.skipped == 1
    fill = dry(db, plan(path, merge_policy=MergePolicy.FILL_EMPTY))
    assert fill.counts.updated == 1
    assert [(ch.customer_id, ch.fields) for ch in fill.changes] == [(known.id, ("phone", "city"))]
    overwrite = dry(db, plan(path, merge_policy=MergePolicy.OVERWRITE))
    assert overwrite.changes[0].fields == ("first_name", "phone", "city")  # "Anna" replaces "Jürgen"
    by_email = xlsx(tmp_path / "m.xlsx", [row("", last="Müller-Lüdenscheidt", newsletter="")])
    renamed = dry(db, plan(by_email, merge_policy=MergePolicy.OVERWRITE))
    assert renamed.changes[0].customer_id == known.id and "last_name" in renamed.changes[0].fields


def test_two_customers_with_the_address_are_ambiguous(db: Database, tmp_path: Path) -> None:
    make_customer(db, email="shared@example.de")
    make_customer(db, email="Shared@example.de", phone="030 1111111")
    path = xlsx(tmp_path / "a.xlsx", [row(email="shared@example.de")])
    report = dry(db, plan(path))
    assert report.counts.errors == 1 and "belongs to 2 customers" in report.errors[0].message


def test_error_list_as_xlsx_keeps_hostile_text_as_text(db: Database, tmp_path: Path) -> None:
    hostile = ['=HYPERLINK("http://evil.example","klick")', "+49 ist keine Adresse", "-1+2", "@SUM(A1)"]
    path = xlsx(tmp_path / "h.xlsx", [row(email=text, newsletter="") for text in hostile])
    report = dry(db, plan(path))
    assert report.counts.errors == 4
    formulas = [RowIssue(9, "=SUM(A1:A9)", "=1+2"), RowIssue(10, "@cmd", '+HYPERLINK("x")')]
    out = save_issues_xlsx(tmp_path / "fehler.xlsx", [*report.issues, *formulas])
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    cells = [c for r in sheet.iter_rows(min_row=2) for c in r]
    assert all(c.data_type != "f" for c in cells)
    texts = [c.value for c in cells]
    assert {"=SUM(A1:A9)", "=1+2", "@cmd", '+HYPERLINK("x")'} <= set(texts)
    assert any(hostile[0] in str(text) for text in texts)
    assert [c.value for c in sheet[1]] == ["Row", "Column", "Kind", "Message"]


def test_unknown_profile_columns_are_refused(db: Database, tmp_path: Path) -> None:
    from dataclasses import replace

    from desktop_app.errors import UserError
    from desktop_app.services.importing import ColumnRule, Target, make_plan

    path = xlsx(tmp_path / "p.xlsx", [row()], HEADINGS)
    good = plan(path)
    profile = replace(good.profile, columns={**good.profile.columns, "Fax": ColumnRule(Target.NOTE)})
    with pytest.raises(UserError, match="“Fax”"):
        make_plan(path, profile)
    with pytest.raises(UserError, match="no data source named"):
        from desktop_app.services.importing import SourceSpec

        dry(db, make_plan(path, replace(good.profile, source=SourceSpec("Unbekannt"))))
    assert PERSON.last_name  # the factories module is shared with the ledger tests
