"""Importing a 100,000-row, 15-column .xlsx end to end must beat merely reading it with openpyxl.

Figure: `consentdesk import FILE --profile P.json --json` into a fresh SQLite database (read, validate,
dedupe, suppression check, insert customers, consents and their events, audit), timed from process start
to exit. Reference: a child that only iterates the same file with openpyxl in read-only mode, as an
import without calamine would have to. Target: ratio ≤ 0.5, peak memory of the import < 400 MB (its
child's maximum resident set). Median of 3 runs each (the file is big, so three, not five, runs; a
warm-up run of each comes first and is not counted).

    python bench/import_100k.py [rows]          # default 100000
    python bench/import_100k.py --cprofile      # one import in this process under cProfile

The file (realistic German data, ~1 % duplicates, ~0.5 % broken e-mails, leading-zero postcodes as text)
is generated once into bench/out/ with XlsxWriter's constant-memory mode and reused.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import statistics
import sys
from pathlib import Path

from harness import (
    BENCH_HOME,
    OUT,
    ROOT,
    Benchmark,
    ChildRun,
    bench_env,
    fold_wal,
    python_script,
    report,
    run_child,
)

ROWS = 100_000
RUNS = 3
HEADINGS = (
    "Kundennummer", "Anrede", "Vorname", "Nachname", "Firma", "Straße", "PLZ", "Ort", "E-Mail", "Telefon",
    "Mobil", "Geburtsdatum", "Newsletter", "Einwilligung am", "DOI am",
)  # fmt: skip
PROFILE = {
    "format": "consentdesk-import-profile",
    "version": 1,
    "name": "Benchmark",
    "columns": {
        "Kundennummer": "customer_no", "Anrede": "salutation", "Vorname": "first_name",
        "Nachname": "last_name", "Firma": "company", "Straße": "street", "PLZ": "postcode", "Ort": "city",
        "E-Mail": "email", "Telefon": "phone", "Mobil": "mobile", "Geburtsdatum": "birth_date",
        "Newsletter": {"target": "consent", "purpose": "newsletter", "channel": "email"},
        "Einwilligung am": "consent_date", "DOI am": "doi_date",
    },
    "merge_policy": "fill_empty",
    "source": {"name": "Messe Hannover 2025", "kind": "trade_fair"},
}  # fmt: skip


def make_file(path: Path, rows: int, seed: int = 7) -> Path:
    import xlsxwriter

    sys.path.insert(0, str(ROOT))
    from desktop_app.services.demo import (
        CITIES,
        COMPANY_FORMS,
        FIRST_NAMES,
        LAST_NAMES,
        MAIL_DOMAINS,
        STREETS,
    )

    rng = random.Random(seed)
    partial = path.with_name(path.name + ".partial")
    book = xlsxwriter.Workbook(str(partial), {"constant_memory": True})
    sheet = book.add_worksheet("Kunden")
    dates = book.add_format({"num_format": "dd.mm.yyyy"})
    sheet.write_row(0, 0, HEADINGS)
    today = dt.date(2025, 6, 1)
    for n in range(1, rows + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        postcode, city, area = rng.choice(CITIES)
        business = rng.random() < 0.15
        number = n if rng.random() > 0.01 else max(1, n - rng.randint(1, 50))  # ~1 % repeat a customer
        local = f"{first}.{last}{number}".lower().translate(str.maketrans("äöüßıış", "aousiis"))
        email = f"{local}@{rng.choice(MAIL_DOMAINS)}" if rng.random() < 0.9 else ""
        if email and rng.random() < 0.005:
            email = email.replace("@", " at ")  # broken
        consent = rng.random()
        given = today - dt.timedelta(days=rng.randint(30, 1500))
        row = [
            f"K-{number:07d}",
            rng.choice(("Frau", "Herr", "")),
            first,
            last,
            f"{rng.choice(('Bäckerei', 'Autohaus', 'Praxis'))} {last} {rng.choice(COMPANY_FORMS)}"
            if business
            else "",
            f"{rng.choice(STREETS)} {rng.randint(1, 150)}",
            postcode,  # text: leading zeros kept
            city,
            email,
            f"{area} {rng.randint(100000, 9999999)}" if rng.random() < 0.6 else "",
            f"0151 {rng.randint(1000000, 99999999)}" if rng.random() < 0.4 else "",
        ]
        sheet.write_row(n, 0, row)
        if rng.random() < 0.5:
            sheet.write_datetime(
                n,
                11,
                dt.datetime.combine(today - dt.timedelta(days=rng.randint(18 * 365, 85 * 365)), dt.time()),
                dates,
            )
        if email and consent < 0.6:
            sheet.write_string(n, 12, "ja")
            sheet.write_datetime(n, 13, dt.datetime.combine(given, dt.time()), dates)
            if rng.random() < 0.8:
                sheet.write_datetime(
                    n, 14, dt.datetime.combine(given + dt.timedelta(days=1), dt.time()), dates
                )
        elif consent < 0.75:
            sheet.write_string(n, 12, "nein")
    book.close()
    partial.replace(path)
    return path


def _fresh_db(template: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return target


def _template() -> Path:
    sys.path.insert(0, str(ROOT))
    import os

    os.environ["CONSENTDESK_HOME"] = str(BENCH_HOME)
    from desktop_app.services.bootstrap import open_database

    path = OUT / "import-template.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_database(str(path)).dispose()
    fold_wal(path)
    return path


def _read_openpyxl(path: str) -> None:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    print(f"rows {count}")


def _cprofile(data: Path, profile: Path, template: Path) -> None:
    import cProfile
    import os
    import pstats

    os.environ["CONSENTDESK_HOME"] = str(BENCH_HOME)
    sys.path.insert(0, str(ROOT))
    from desktop_app.cli import main as cli

    db = _fresh_db(template, OUT / "import-profiled.sqlite3")
    args = ["--db", str(db), "import", str(data), "--profile", str(profile), "--json"]
    cProfile.runctx("cli(args)", globals(), {"cli": cli, "args": args}, str(OUT / "import.prof"))
    pstats.Stats(str(OUT / "import.prof"), stream=sys.stderr).sort_stats("tottime").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--read-openpyxl"]:
        _read_openpyxl(argv[1])
        return 0
    rows = int(argv[0]) if argv and argv[0].isdigit() else ROWS
    OUT.mkdir(parents=True, exist_ok=True)
    data = OUT / f"import-{rows}.xlsx"
    if not data.exists():
        print(f"generating {data.name} ...", file=sys.stderr)
        make_file(data, rows)
    profile = OUT / "import-profile.json"
    profile.write_text(json.dumps(PROFILE, ensure_ascii=False, indent=2), encoding="utf-8")
    template = _template()
    if "--cprofile" in argv:
        _cprofile(data, profile, template)
        return 0
    target = OUT / "import-bench.sqlite3"

    def import_once() -> ChildRun:
        db = _fresh_db(template, target)
        args = ["--db", str(db), "import", str(data), "--profile", str(profile), "--json"]
        return run_child(python_script(ROOT / "main.py", *args), env=bench_env())

    def read_once() -> ChildRun:
        return run_child(python_script(Path(__file__), "--read-openpyxl", str(data)), env=bench_env())

    import_once(), read_once()  # warm-up: file cache, bytecode
    imports = [import_once() for _ in range(RUNS)]
    reads = [read_once() for _ in range(RUNS)]
    result = json.loads(imports[-1].output)
    counts = result["counts"]
    figure = statistics.median(r.seconds for r in imports)
    reference = statistics.median(r.seconds for r in reads)
    peak = max(r.peak_rss_mb for r in imports)
    extra = [
        f"import runs: {', '.join(f'{r.seconds:.1f} s' for r in imports)} "
        f"(CPU {', '.join(f'{r.cpu_seconds:.1f}' for r in imports)} s)",
        f"openpyxl read-only runs: {', '.join(f'{r.seconds:.1f} s' for r in reads)} "
        f"(CPU {', '.join(f'{r.cpu_seconds:.1f}' for r in reads)} s)",
        f"rows {counts['rows']:,}: new {counts['new']:,}, duplicates {counts['duplicates']:,}, "
        f"errors {counts['errors']:,}, consents {sum(counts['consents'].values()):,}",
        f"median of {RUNS} runs each after one warm-up run",
    ]
    ok = report(
        [
            Benchmark(f"import {rows:,} rows x 15 columns", figure, reference, max_ratio=0.5, extra=extra),
            Benchmark("import peak memory (RSS)", peak, 400.0, unit="MB", max_figure=400.0),
        ]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
