"""Customer-list export on a 1M-customer database: the whole export against XlsxWriter alone, and memory.

1. The Customers page's export of the unfiltered list, sorted by name, default columns, to .xlsx
   (services.customer_list_export, in a child process, on a copy of the demo database because it
   records an audit entry): wall and CPU time until the file is in place.
2. Reference: XlsxWriter in constant_memory mode writing the same cells, already in memory (read with
   plain sqlite3 before the clock starts), with no logic at all: what writing the file costs by itself.
3. Memory: the export's peak RSS against the export of a list a tenth the size (the businesses:
   flat, the rows stream), and against the reference, which has to hold every row.

The machine is shared, so CPU seconds are printed next to wall seconds; the ratio is taken on CPU.

    python bench/customer_list_export.py [--customers N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from harness import (
    OUT,
    Benchmark,
    child_result,
    clock,
    demo_db_path,
    ensure_demo_db,
    print_result,
    python_script,
    report,
    run_child,
    since,
)


def child_export(db_path: str, target: str, kind: str) -> None:
    from desktop_app.db.engine import Database
    from desktop_app.domain.enums import CustomerKind
    from desktop_app.services.campaign_export import run_to_end
    from desktop_app.services.customer_list import CustomerFilter
    from desktop_app.services.customer_list_export import CustomerExportRequest, export_customers

    db = Database(f"sqlite:///{db_path}")
    flt = CustomerFilter(kind=CustomerKind(kind) if kind else None)
    start = clock()
    result = run_to_end(export_customers(db, "bench", CustomerExportRequest(Path(target), flt)))
    print_result({"marks": {"done": since(start)}, "rows": result.rows})
    db.dispose()


def child_reference(db_path: str, target: str) -> None:
    """The same cells (default columns, status as text, name order) through XlsxWriter alone."""
    import sqlite3

    import xlsxwriter

    from desktop_app.services.customer_list_export import DEFAULT_COLUMNS

    conn = sqlite3.connect(db_path)
    names = {"active": "active", "restricted": "restricted (Art. 18)"}
    sql = (
        f"SELECT {', '.join(DEFAULT_COLUMNS)} FROM customers WHERE status != 'erased' "
        "ORDER BY last_name, first_name, id"
    )
    rows = [[*r[:-1], names[r[-1]]] for r in conn.execute(sql)]
    conn.close()
    print("LOADED", len(rows), flush=True)
    start = clock()
    book = xlsxwriter.Workbook(target, {"constant_memory": True})
    sheet = book.add_worksheet()
    text = sheet.write_string
    for c, name in enumerate(DEFAULT_COLUMNS):
        text(0, c, name)
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row):
            if value:
                text(r, c, value)
    book.close()
    print_result({"marks": {"written": since(start)}, "rows": len(rows)})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("child", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.child:
        kind, *rest = args.child
        {"export": child_export, "reference": child_reference}[kind](*rest)
        return 0
    demo = ensure_demo_db(demo_db_path(args.customers), args.customers)
    work = OUT / "customer-list-export"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    db_copy = work / "work.sqlite3"
    # The export appends an audit entry; the cached demo database stays as it is.
    subprocess.run(["cp", "--reflink=auto", str(demo), str(db_copy)], check=True)
    script = Path(__file__).resolve()
    try:
        full = run_child(python_script(script, "export", str(db_copy), str(work / "all.xlsx"), ""))
        tenth = run_child(python_script(script, "export", str(db_copy), str(work / "firms.xlsx"), "business"))
        ref = run_child(python_script(script, "reference", str(db_copy), str(work / "ref.xlsx")))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    exported, businesses, written = (
        child_result(full.output),
        child_result(tenth.output),
        child_result(ref.output),
    )
    done = exported["marks"]["done"]  # type: ignore[index]
    reference = written["marks"]["written"]  # type: ignore[index]
    results = [
        Benchmark(
            f"export {exported['rows']:,} customers to .xlsx, name order (CPU)",
            done["cpu"],
            reference["cpu"],
            max_ratio=2.0,
            extra=[
                f"export: {done['wall']:.1f} s wall, {done['cpu']:.1f} s CPU (query, cells, file, audit)",
                f"reference, XlsxWriter constant_memory alone on rows in memory: {reference['wall']:.1f} s "
                f"wall, {reference['cpu']:.1f} s CPU",
            ],
        ),
        Benchmark(
            f"export peak RSS: all vs the {businesses['rows']:,} businesses",
            full.peak_rss_mb,
            tenth.peak_rss_mb,
            unit="MB",
            max_ratio=1.25,
            extra=[f"reference holding the rows in memory: {ref.peak_rss_mb:.0f} MB"],
        ),
    ]
    return 0 if report(results) else 1


if __name__ == "__main__":
    os.environ.setdefault("CONSENTDESK_USER", "bench")
    sys.exit(main())
