"""consentdesk report customer|overview|campaign-export and export-customer: files from a script, clear
refusals with exit status 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.cli import main
from desktop_app.db.engine import Database
from tests.services.report_factories import rich_customer
from tests.services.report_pdf import page_texts

# A QApplication must exist before the CLI would create a bare QGuiApplication (widget tests need the former).
pytestmark = pytest.mark.usefixtures("qapp")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office(db: Database) -> tuple[str, int, int]:
    rich = rich_customer(db)
    return db.url, rich.customer_id, rich.export_id


def test_the_three_reports(
    office: tuple[str, int, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, customer_id, export_id = office
    for kind, target, expected in (
        (["customer", str(customer_id)], "customer.pdf", "Auskunft über Ihre Daten"),
        (["overview"], "overview.pdf", "Einwilligungsübersicht"),
        (["campaign-export", str(export_id)], "export.pdf", "Nachweis Kampagnen-Export"),
    ):
        pdf = tmp_path / target
        code, out, _ = run(capsys, "--db", path, "--lang", "de", "--json", "report", *kind, "-o", str(pdf))
        result = json.loads(out)
        assert code == 0 and result["kind"] == kind[0] and result["language"] == "de"
        pages = page_texts(pdf)
        assert len(pages) == result["pages"] and expected in pages[0]


def test_export_customer_as_json_and_xlsx(
    office: tuple[str, int, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, customer_id, _ = office
    code, out, _ = run(
        capsys, "--db", path, "export-customer", str(customer_id), "-o", str(tmp_path / "c.json")
    )
    assert code == 0 and "c.json" in out
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["customer"]["last_name"] == "Müller"
    code, _, _ = run(
        capsys, "--db", path, "export-customer", str(customer_id), "-o", str(tmp_path / "c.xlsx")
    )
    assert code == 0 and load_workbook(tmp_path / "c.xlsx").sheetnames[0] == "About"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "customer", "-o", "{out}/x.pdf"], "Give the id of a customer"),
        (["report", "customer", "4711", "-o", "{out}/x.pdf"], "There is no customer with the id 4711."),
        (["report", "overview", "3", "-o", "{out}/x.pdf"], "The consent overview takes no id."),
        (
            ["report", "campaign-export", "99", "-o", "{out}/x.pdf"],
            "There is no campaign export with the number 99.",
        ),
        (["export-customer", "4711", "-o", "{out}/x.json"], "There is no customer with the id 4711."),
        (["export-customer", "1", "-o", "{out}/x.csv"], "Export to a file ending in .json or .xlsx"),
        (["export-customer", "1", "-o", "{out}/missing/x.json"], "does not exist"),
    ],
)
def test_refusals_exit_2_and_write_nothing(
    office: tuple[str, int, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = run(capsys, "--db", office[0], *(a.format(out=out) for a in args))
    assert code == 2 and message in err
    assert list(out.iterdir()) == []
