"""consentdesk report / business: PDFs from a script, and clear refusals with exit status 2."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.cli import main
from desktop_app.db.models import Purpose
from desktop_app.services import consent_texts
from desktop_app.services.bootstrap import open_database
from desktop_app.services.consent_texts import ConsentTextInput
from tests.services.report_pdf import page_texts

# A QApplication must exist before the CLI would create a bare QGuiApplication (widget tests need the former).
pytestmark = pytest.mark.usefixtures("qapp")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office(tmp_path: Path) -> str:
    path = str(tmp_path / "office.sqlite3")
    db = open_database(path)
    with db.session() as s:
        purpose_id = s.execute(select(Purpose.id).where(Purpose.code == "newsletter")).scalar_one()
        consent_texts.create_version(
            s,
            "anna",
            ConsentTextInput(
                purpose_id,
                "de",
                "Newsletter",
                "Ja, bitte senden Sie mir den Newsletter.",
                dt.date(2026, 1, 1),
            ),
        )
    db.dispose()
    return path


def test_business_then_both_reports(office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "--db", office, "business", "--name", "Bäckerei Sonnenschein GmbH",
        "--address-line", "Marktplatz 3", "--address-line", "01067 Dresden", "--email", "info@sonne.example",
    )  # fmt: skip
    assert code == 0 and "Marktplatz 3 · 01067 Dresden" in out
    record = tmp_path / "record.pdf"
    code, out, _ = run(
        capsys, "--db", office, "--lang", "de", "report", "processing-record", "-o", str(record)
    )
    assert code == 0 and "record.pdf" in out
    first = page_texts(record)[0]
    assert "Verzeichnis von Verarbeitungstätigkeiten" in first and "Seite 1 von" in first
    assert "Bäckerei Sonnenschein GmbH" in first
    form = tmp_path / "form.pdf"
    code, out, _ = run(capsys, "--db", office, "report", "consent-form", "1", "-o", str(form), "--json")
    result = json.loads(out)
    assert code == 0 and result["pages"] == len(page_texts(form)) and result["language"] == "de"
    assert all("Formular newsletter-de-v1" in page for page in page_texts(form))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("consent-form", "99"), "no consent text with the id 99"),
        (("consent-form",), "Give the id of a consent text"),
        (("consent-form", "abc"), "Give the id of a consent text"),
        (("processing-record", "7"), "takes no id"),
    ],
)
def test_bad_targets_exit_2(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, "--db", office, "report", *args, "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and message in err and "Traceback" not in err + out
    assert not (tmp_path / "x.pdf").exists()


def test_bad_output_paths_exit_2(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(
        capsys, "--db", office, "report", "processing-record", "-o", str(tmp_path / "no" / "x.pdf")
    )
    assert code == 2 and "does not exist" in err
    code, _, err = run(capsys, "--db", office, "report", "processing-record", "-o", str(tmp_path))
    assert code == 2 and "is a folder" in err

    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, _, err = run(capsys, "--db", office, "report", "processing-record", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "cannot be written: Permission denied" in err


def test_bad_business_details_exit_2(office: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", office, "business", "--name", "A", "--email", "nope")
    assert code == 2 and "not a usable e-mail address" in err
