"""export-campaign, campaigns and reexport from the command line, as an office script would call them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli import main
from desktop_app.domain.enums import Channel
from desktop_app.services import campaigns
from desktop_app.services.bootstrap import open_database
from desktop_app.services.campaign_segment import Segment
from desktop_app.services.catalog import purpose_by_code
from desktop_app.services.demo import generate_demo


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office(tmp_path: Path) -> str:
    path = str(tmp_path / "office.sqlite3")
    db = open_database(path)
    generate_demo(db, customers=250, seed=8, today=dt.date.today())
    with db.session() as s:
        purpose = purpose_by_code(s, "newsletter")
        assert purpose is not None
        data = campaigns.CampaignInput(
            "Frühjahr", purpose.id, Channel.EMAIL, segment=Segment(postcodes=("10000-49999",))
        )
        campaigns.create_campaign(s, "anna", data)
    db.dispose()
    return path


def test_export_by_campaign_prints_counts_and_breakdown(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "fruehjahr.xlsx"
    code, out, _ = run(
        capsys, "--db", office, "export-campaign", "--campaign", "Frühjahr", "-o", str(target), "--json"
    )
    assert code == 0
    result = json.loads(out)
    assert result["campaign"] == "Frühjahr" and result["rows"] == result["contactable"] > 0
    assert result["total_in_segment"] == result["contactable"] + sum(e["count"] for e in result["excluded"])
    assert all(e["text"] for e in result["excluded"]) and result["consents_used"] == result["rows"]
    sheet = openpyxl.load_workbook(target).worksheets[0]
    assert sheet.max_row == result["rows"] + 1 and sheet["G1"].value == "E-mail"

    code, out, _ = run(capsys, "--lang", "de", "--db", office, "campaigns")
    assert code == 0 and "Frühjahr" in out and "newsletter" in out
    code, out, _ = run(capsys, "--db", office, "campaigns", "--exports", "--json")
    (listed,) = json.loads(out)["exports"]
    assert listed["id"] == result["export_id"] and listed["sha256"] == result["sha256"]


def test_ad_hoc_export_in_german_with_segment_columns_and_comma(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "liste.csv"
    args = [
        "--lang",
        "de",
        "--db",
        office,
        "export-campaign",
        "--purpose",
        "newsletter",
        "--channel",
        "email",
    ]
    args += [
        "--segment",
        '{"postcodes": ["10000-19999"]}',
        "--columns",
        "customer_no,email",
        "--delimiter",
        ",",
    ]
    code, out, _ = run(capsys, *args, "-o", str(target))
    assert code == 0
    assert "Ansprechbar:" in out and "Nicht ansprechbar:" in out and "Geschrieben:" in out
    assert "Keine Einwilligung für diesen Zweck und Kanal erfasst" in out
    assert target.read_text(encoding="utf-8-sig").splitlines()[0] == "Kundennr.,E-Mail"

    again = str(tmp_path / "again.csv")
    code, out, _ = run(capsys, "--lang", "en", "--db", office, "reexport", "--export", "1", "-o", again)
    assert code == 0 and "Identical to the original file" in out
    assert (tmp_path / "again.csv").read_bytes() == target.read_bytes()


def test_preview_writes_nothing(office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--db", office, "export-campaign", "--campaign", "Frühjahr", "--preview", "--json"
    )
    assert code == 0 and json.loads(out)["contactable"] > 0
    code, out, _ = run(capsys, "--db", office, "campaigns", "--exports")
    assert code == 0 and "No exports yet." in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--campaign", "Herbst", "-o", "x.csv"], "There is no campaign named “Herbst”"),
        (["--campaign", "Frühjahr", "--channel", "post", "-o", "x.csv"], "do not give them as well"),
        (["--purpose", "newsletter", "-o", "x.csv"], "Give --campaign, or --purpose and --channel"),
        (["--purpose", "newsletter", "--channel", "fax", "-o", "x.csv"], "Unknown channel “fax”"),
        (["--campaign", "Frühjahr"], "-o FILE.xlsx"),
        (["--campaign", "Frühjahr", "--columns", "email,hat", "-o", "x.csv"], "Unknown column “hat”"),
        (["--campaign", "Frühjahr", "--date", "1.1.2020", "-o", "x.csv"], "is not a date"),
        (["--purpose", "newsletter", "--channel", "email", "--segment", "[1]", "-o", "x.csv"], "JSON object"),
    ],
)
def test_mistakes_are_messages(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    args = [str(tmp_path / a) if a == "x.csv" else a for a in args]
    code, out, _ = run(capsys, "--db", office, "export-campaign", *args, "--json")
    assert code == 2 and message in json.loads(out)["error"]
    assert not (tmp_path / "x.csv").exists()


def test_counts_are_grouped_as_the_language_writes_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """1.200 in German, 1,200 in English: "1,200" would read as one point two to a German user."""
    path = str(tmp_path / "many.sqlite3")
    db = open_database(path)
    generate_demo(db, customers=1200, seed=3, today=dt.date.today())
    db.dispose()
    preview = ("--db", path, "export-campaign", "--purpose", "newsletter", "--channel", "email", "--preview")
    code, german, _ = run(capsys, "--lang", "de", *preview)
    assert code == 0 and "Kunden in der Zielgruppe: 1.200" in german and "1,200" not in german
    code, english, _ = run(capsys, "--lang", "en", *preview)
    assert code == 0 and "Customers in the segment: 1,200" in english
