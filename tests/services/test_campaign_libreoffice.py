"""Formula injection, checked by a real spreadsheet: LibreOffice opens every export and saves it as CSV.

Hostile names (OWASP "CSV injection") must come back as the same literal text, and nothing may have been
evaluated: an .xlsx cell holds exactly the name; a .csv cell holds the name behind the OWASP apostrophe.
LibreOffice's CSV import evaluates formulas by default, so an unescaped "=1+1" would come back as "2" and
'=HYPERLINK("http://x","y")' as "y". Two conversion calls (the CSV import needs its own filter options)
run side by side, each with its own LibreOffice profile.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.db.engine import Database
from desktop_app.db.models import Customer
from desktop_app.domain.enums import Channel
from desktop_app.services import campaigns
from desktop_app.services.campaign_export import run_to_end
from desktop_app.services.campaign_reexport import reexport
from tests.services.campaign_factories import HOSTILE, contactable, export, newsletter_id, set_columns
from tests.services.ledger_factories import ACTOR

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice is not installed (Debian: apt-get install libreoffice-calc-nogui); "
    "the formula-injection round trip needs a real spreadsheet",
)
COLUMNS = ("customer_no", "first_name", "last_name", "company", "phone", "mobile", "city")
PHONE = "+49 30 1234567"
# Every sheet of the workbook into its own file; UTF-8, comma, quoted text.
TO_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
CSV_IN = "CSV:59,34,76,1"  # our .csv: semicolon, double quote, UTF-8, from line 1


def convert(
    files: list[Path], out: Path, profile: Path, infilter: str | None = None
) -> subprocess.Popen[bytes]:
    assert SOFFICE is not None
    args = [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore"]
    if infilter:
        args.append(f"--infilter={infilter}")
    args += ["--convert-to", TO_CSV, "--outdir", str(out), *map(str, files)]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_hostile_cells_survive_libreoffice_as_literal_text(db: Database, tmp_path: Path) -> None:
    for n, name in enumerate(HOSTILE, 1):
        cid = contactable(db, n)
        set_columns(db, cid, first_name=name, last_name=name, company=name, city=name, mobile=name,
                    phone=PHONE if n == 1 else name)  # fmt: skip
    with db.session() as s:
        data = campaigns.CampaignInput(HOSTILE[0], newsletter_id(db), Channel.EMAIL)
        campaign = campaigns.create_campaign(s, ACTOR, data)
    files = tmp_path / "files"
    files.mkdir()
    first = export(db, files / "list.xlsx", columns=COLUMNS, campaign_id=campaign.id)
    export(db, files / "list.csv", columns=COLUMNS, campaign_id=campaign.id)
    with db.session() as s:
        run_to_end(reexport(s, ACTOR, first.export_id, files / "again.xlsx"))
    # A control: LibreOffice does evaluate formulas in this import, so a pass below means ours were not.
    (files / "probe.csv").write_text("=1+1;'=1+1\r\n", encoding="utf-8")
    out = tmp_path / "converted"
    jobs = [
        convert([files / "list.xlsx", files / "again.xlsx"], out, tmp_path / "lo-xlsx"),
        convert([files / "list.csv", files / "probe.csv"], out / "csv", tmp_path / "lo-csv", CSV_IN),
    ]
    assert all(job.wait(timeout=240) == 0 for job in jobs)

    with db.read_session() as s:
        numbers = list(s.execute(select(Customer.customer_no).order_by(Customer.id)).scalars())
    expected = [
        [no, name, name, name, PHONE if i == 0 else name, name, name]
        for i, (no, name) in enumerate(zip(numbers, HOSTILE, strict=True))
    ]
    for stem in ("list", "again"):
        rows = read(out / f"{stem}-Contacts.csv")
        assert rows[1:] == expected, stem  # the very text, never a result
        evidence = {r[0]: r[1] for r in read(out / f"{stem}-Evidence.csv") if len(r) > 1}
        assert evidence["Campaign"] == HOSTILE[0]

    escaped = [[("'" + c if c[:1] in "=+-@\t" and c != PHONE else c) for c in row] for row in expected]
    assert read(out / "csv" / "list-list.csv")[1:] == escaped
    assert read(out / "csv" / "probe-probe.csv") == [["2", "'=1+1"]]
