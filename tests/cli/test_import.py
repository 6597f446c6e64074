"""consentdesk import / import-undo, as an office script would call them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli import main

HEADINGS = ["Kd.-Nr.", "Vorname", "Name", "E-Mail", "PLZ", "Ort", "Newsletter", "Einwilligung am"]
ROWS = [
    ["K-1", "Anna", "Müller", "anna@example.de", "01067", "Dresden", "ja", dt.date(2024, 5, 1)],
    ["K-2", "Bernd", "Schmidt", "kaputt", "10115", "Berlin", "ja", dt.date(2024, 5, 1)],
    ["K-1", "Anna", "Müller", "anna@example.de", "01067", "Dresden", "ja", dt.date(2024, 5, 1)],
]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _sheet(path: Path, headings: list[str] = HEADINGS) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headings)
    for values in ROWS:
        sheet.append(values)
    book.save(path)
    return path


def _profile(tmp_path: Path, **changes: object) -> Path:
    data = {
        "format": "consentdesk-import-profile",
        "version": 1,
        "columns": {
            "Kd.-Nr.": "customer_no", "Vorname": "first_name", "Name": "last_name", "E-Mail": "email",
            "PLZ": "postcode", "Ort": "city", "Einwilligung am": "consent_date",
            "Newsletter": {"target": "consent", "purpose": "newsletter", "channel": "email"},
        },
        "merge_policy": "fill_empty",
        "source": {"name": "Messe", "kind": "trade_fair"},
        **changes,
    }  # fmt: skip
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_dry_run_then_import_then_undo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "office.sqlite3")
    sheet = str(_sheet(tmp_path / "liste.xlsx"))
    errors = tmp_path / "fehler.xlsx"
    code, out, _ = run(capsys, "--db", db, "import", sheet, "--dry-run", "--json", "--errors", str(errors))
    data = json.loads(out)
    assert code == 0 and data["dry_run"] is True
    counts = data["counts"]
    assert (counts["rows"], counts["new"], counts["errors"], counts["duplicates"]) == (3, 1, 1, 1)
    assert counts["consents"] == {"newsletter/email/granted": 1}
    assert [i["column"] for i in data["issues"] if i["severity"] == "error"] == ["E-Mail"]
    assert errors.exists()
    code, out, err = run(capsys, "--db", db, "import", sheet)
    assert code == 2 and "data source" in err  # provenance is not optional
    code, out, _ = run(capsys, "--db", db, "import", sheet, "--profile", str(_profile(tmp_path)))
    assert code == 0 and "new customers" in out and "Imported as batch 1" in out
    assert "Row 3, column “E-Mail”: “kaputt” is not an e-mail address." in out
    code, out, _ = run(capsys, "--db", db, "info", "--json")
    assert json.loads(out)["counts"]["customers"] == 1
    code, out, _ = run(capsys, "--db", db, "import-undo", "1", "--json")
    assert code == 0 and json.loads(out)["customers_removed"] == 1


def test_refuses_to_commit_an_incomplete_automatic_mapping(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "office.sqlite3")
    sheet = str(
        _sheet(tmp_path / "l.xlsx", ["Nr", "Vorname", "Familie", "E-Mail", "Mail", "PLZ", "Ort", "NL"])
    )
    code, _, err = run(capsys, "--db", db, "import", sheet, "--source", "Messe")
    assert code == 2
    assert "“E-Mail”, “Mail”" in err and "last name or company" in err and "Traceback" not in err
    saved = tmp_path / "p.json"
    code, _out, _ = run(capsys, "--db", db, "import", sheet, "--dry-run", "--save-profile", str(saved))
    assert code == 0 and json.loads(saved.read_text(encoding="utf-8"))["columns"]["Familie"] == "ignore"


def test_profile_errors_and_unknown_sources_are_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "office.sqlite3")
    sheet = str(_sheet(tmp_path / "l.xlsx"))
    code, out, _ = run(
        capsys, "--db", db, "import", sheet, "--profile", str(_profile(tmp_path, version=9)), "--json"
    )
    assert code == 2 and "version 9" in json.loads(out)["error"]
    code, _, err = run(
        capsys, "--db", db, "import", sheet, "--profile", str(_profile(tmp_path)), "--source", "Neu"
    )
    assert code == 2 and "no data source named “Neu”" in err
    code, _, err = run(capsys, "--lang", "de", "--db", db, "import", str(tmp_path / "fehlt.xlsx"))
    assert code == 2 and "Traceback" not in err
