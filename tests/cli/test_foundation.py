"""init, demo and info from the command line, as an office script would call them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_demo_info_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "office.sqlite3")
    code, out, _ = run(capsys, "--db", db, "init")
    assert code == 0 and "office.sqlite3" in out
    code, out, _ = run(capsys, "--db", db, "demo", "--customers", "120", "--seed", "4", "--json")
    assert code == 0 and json.loads(out)["customers"] == 120
    code, out, _ = run(capsys, "--db", db, "info", "--json")
    counts = json.loads(out)["counts"]
    assert code == 0 and counts["customers"] == 120 and counts["purposes"] == 6


def test_german_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "de", "--db", str(tmp_path / "a.sqlite3"), "init")
    assert code == 0 and out.startswith("Datenbank bereit")


def test_the_language_chosen_in_settings_applies_unless_lang_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app import i18n
    from desktop_app.preferences import store_language

    store_language("de")
    try:
        code, out, _ = run(capsys, "--db", str(tmp_path / "a.sqlite3"), "init")
        assert code == 0 and out.startswith("Datenbank bereit")
        code, out, _ = run(capsys, "--lang", "en", "--db", str(tmp_path / "a.sqlite3"), "init")
        assert code == 0 and out.startswith("Database ready")
    finally:
        store_language(None)
        i18n.set_language("en")


def test_user_errors_are_messages_not_tracebacks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database " * 200)
    code, out, err = run(capsys, "--db", str(bad), "info")
    assert code == 2
    assert "not a ConsentDesk database" in err and "Traceback" not in err + out
    code, out, _ = run(capsys, "--db", str(tmp_path / "b.sqlite3"), "demo", "--customers", "0", "--json")
    assert code == 2 and "between 1 and 5,000,000" in json.loads(out)["error"]


def test_requests_lists_open_requests_with_deadlines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    from desktop_app.domain.enums import RequestKind
    from desktop_app.services.bootstrap import open_database
    from desktop_app.services.requests import RequestInput, register_request

    path = str(tmp_path / "r.sqlite3")
    db = open_database(path)
    received = dt.date.today() - dt.timedelta(days=45)
    with db.session() as s:
        register_request(s, "anna", RequestInput(RequestKind.ERASURE, received, requester="Frau Beispiel"))
    db.dispose()
    code, out, _ = run(capsys, "--db", path, "requests", "--open", "--json")
    data = json.loads(out)["requests"]
    assert code == 0 and len(data) == 1 and data[0]["overdue"] is True and data[0]["kind"] == "erasure"
    code, out, _ = run(capsys, "--lang", "de", "--db", path, "requests")
    assert code == 0 and "ÜBERFÄLLIG" in out and "Frau Beispiel" in out


def test_erase_previews_then_erases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "e.sqlite3")
    run(capsys, "--db", path, "demo", "--customers", "5")
    code, out, _ = run(capsys, "--db", path, "erase", "--customer", "2")
    assert code == 0 and "Nothing was changed" in out and "keyed hashes" in out
    code, out, _ = run(capsys, "--db", path, "erase", "--customer", "2", "--yes", "--json")
    assert code == 0 and json.loads(out)["erased"] is True
    code, out, err = run(capsys, "--db", path, "erase", "--customer", "2", "--yes")
    assert code == 2 and "erased" in err


@pytest.mark.sqlite_only
def test_an_upgrade_is_announced_on_stderr_and_json_stays_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    golden = sorted((Path(__file__).parents[1] / "db" / "golden").glob("schema-*.sqlite3"))[0]
    db = tmp_path / golden.name
    shutil.copyfile(golden, db)
    code, out, err = run(capsys, "--db", str(db), "info", "--json")
    assert code == 0 and json.loads(out)["counts"]["customers"] > 0
    assert "Updating the database to this version" in err
    code, out, err = run(capsys, "--db", str(db), "info", "--json")
    assert code == 0 and "Updating" not in err
