"""Campaign export on a 1M-customer database: the whole export against XlsxWriter alone, and the preview.

1. Export of the contactable newsletter × e-mail list to .xlsx (services.campaign_export, in a child
   process, on a copy of the demo database because it records the export): wall and CPU time to the
   complete file (the package assembled), and to the committed evidence (rows, consent uses, audit):
   the target applies to the latter, the whole export as the user waits for it.
2. Reference: XlsxWriter in constant_memory mode writing the same cells, already in memory (read back
   from the export's evidence rows before the clock starts), with no logic at all.
3. Memory: the export's peak RSS against the same export of a segment a tenth the size (flat: about
   the same), and against the reference, which has to hold every row.
4. The preview (counts by decisive reason over all customers): median of five.

The machine is shared, so CPU seconds are printed next to wall seconds; the ratios are taken on CPU,
between the medians of --runs alternating export and reference runs (3 by default: about 8 minutes).

    python bench/campaign_export.py [--customers N] [--runs N]
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

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

Answer = TypeVar("Answer")
SEGMENT_TENTH = '{"postcodes": ["10000-19999"]}'


def child_export(db_path: str, target: str, segment: str) -> None:
    import datetime as dt

    from desktop_app.db.engine import Database
    from desktop_app.domain.enums import Channel
    from desktop_app.services.campaign_export import ExportRequest, export_list
    from desktop_app.services.campaign_segment import Segment
    from desktop_app.services.catalog import purpose_by_code

    db = Database(f"sqlite:///{db_path}")
    with db.read_session() as s:
        purpose = purpose_by_code(s, "newsletter")
        assert purpose is not None
    request = ExportRequest(
        purpose.id, Channel.EMAIL, dt.date.today(), Path(target), Segment.from_json(segment)
    )
    marks: dict[str, dict[str, float]] = {}
    start = clock()
    with db.session() as session:
        steps = export_list(session, "bench", request)
        while True:
            try:
                step = next(steps)
            except StopIteration as stop:
                result = stop.value
                break
            if step.phase == "writing" and "counted" not in marks:
                marks["counted"] = since(start)  # the first chunk is written: counts and query started
            if step.phase == "recording":
                marks["file"] = since(start)
        marks["recorded"] = since(start)
    marks["committed"] = since(start)
    print_result({"marks": marks, "rows": result.rows, "export_id": result.export_id})
    db.dispose()


def child_reference(db_path: str, export_id: str, target: str) -> None:
    """The same cells through XlsxWriter with nothing else: what writing the file costs by itself."""
    import datetime as dt
    import sqlite3

    import xlsxwriter

    conn = sqlite3.connect(db_path)
    (stored,) = conn.execute(
        "SELECT columns_json FROM campaign_exports WHERE id = ?", (export_id,)
    ).fetchone()
    columns = json.loads(stored)
    rows = [json.loads(v) for (v,) in conn.execute(
        "SELECT values_json FROM campaign_export_rows WHERE export_id = ? ORDER BY id", (export_id,)
    )]  # fmt: skip
    conn.close()
    dates = [i for i, c in enumerate(columns) if c == "consent_date"]
    for row in rows:
        for i in dates:
            if row[i] is not None:
                row[i] = dt.date.fromisoformat(row[i])
    print("LOADED", len(rows), flush=True)
    start = clock()
    book = xlsxwriter.Workbook(target, {"constant_memory": True})
    sheet = book.add_worksheet()
    day = book.add_format({"num_format": 14})
    text, number, date = sheet.write_string, sheet.write_number, sheet.write_datetime
    for c, name in enumerate(columns):
        text(0, c, name)
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                text(r, c, value)
            elif isinstance(value, int):
                number(r, c, value)
            else:
                date(r, c, value, day)
    book.close()
    print_result({"marks": {"written": since(start)}, "rows": len(rows)})


def child_preview(db_path: str) -> None:
    """The preview as the campaigns page runs it: the first count of a purpose × channel × date decides
    every customer once (a snapshot), each edit of the segment after it counts from that snapshot.
    Also the one-shot SQL count the command line uses."""
    import datetime as dt
    import statistics

    from desktop_app.db.engine import Database
    from desktop_app.domain.enums import Channel
    from desktop_app.services.campaign_segment import Segment
    from desktop_app.services.campaigns import Preview, campaign_preview
    from desktop_app.services.catalog import purpose_by_code
    from desktop_app.services.reason_snapshot import SnapshotCache

    db = Database(f"sqlite:///{db_path}")
    segments = {"all": Segment(), "tenth": Segment.from_json(SEGMENT_TENTH)}
    runs: dict[str, list[tuple[float, float]]] = {}

    def timed(name: str, fn: Callable[[], Answer]) -> Answer:
        start = clock()
        answer = fn()
        took = since(start)
        runs.setdefault(name, []).append((took["wall"], took["cpu"]))
        return answer

    today = dt.date.today()
    with db.read_session() as s:
        purpose = purpose_by_code(s, "newsletter")
        assert purpose is not None
        for _ in range(3):
            cache = SnapshotCache()
            timed("first", lambda c=cache: c.get(s, purpose.id, Channel.EMAIL, today).counts(s, Segment()))
        snapshot = cache.get(s, purpose.id, Channel.EMAIL, today)
        for name, segment in segments.items():
            for _ in range(5):
                counts = timed(f"edit {name}", lambda g=segment: snapshot.counts(s, g))
            one_shot = timed(
                f"sql {name}", lambda g=segment: campaign_preview(s, purpose.id, Channel.EMAIL, today, g)
            )
            assert Preview.of(counts) == one_shot, "the snapshot and the SQL count disagree"
            found = f"{one_shot.total_in_segment:,} in the segment, {one_shot.contactable:,} contactable"
            print(f"  preview {name}: {found}")
    medians = {
        name: {"wall": statistics.median(r[0] for r in v), "cpu": statistics.median(r[1] for r in v)}
        for name, v in runs.items()
    }
    print_result({"marks": medians})
    db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3, help="alternating export and reference runs")
    parser.add_argument("child", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.child:
        kind, *rest = args.child
        {"export": child_export, "reference": child_reference, "preview": child_preview}[kind](*rest)
        return 0
    demo = ensure_demo_db(demo_db_path(args.customers), args.customers)
    # A folder of its own (the database copy is 3 GB): two runs at once must not delete each other's.
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="campaign-export-", dir=OUT))
    atexit.register(shutil.rmtree, work, True)  # also when a run fails half-way
    db_copy = work / "work.sqlite3"
    shutil.copyfile(demo, db_copy)  # the export records itself; the cached demo database stays as it is
    script = Path(__file__).resolve()
    # The export and the reference alternate, so that a busy spell on the shared machine hits both
    # alike; the ratio is taken between their medians (single runs varied ±10 % each).
    exports: list[dict[str, dict[str, float]]] = []
    references: list[dict[str, float]] = []
    try:
        for _ in range(args.runs):
            full = run_child(python_script(script, "export", str(db_copy), str(work / "full.xlsx"), "{}"))
            exported = child_result(full.output)
            ref = run_child(
                python_script(
                    script, "reference", str(db_copy), str(exported["export_id"]), str(work / "ref.xlsx")
                )
            )
            exports.append(exported["marks"])  # type: ignore[arg-type]
            references.append(child_result(ref.output)["marks"]["written"])  # type: ignore[index]
        tenth = run_child(
            python_script(script, "export", str(db_copy), str(work / "tenth.xlsx"), SEGMENT_TENTH)
        )
        preview = run_child(python_script(script, "preview", str(db_copy)))
    finally:
        for name in ("full.xlsx", "tenth.xlsx", "ref.xlsx"):
            (work / name).unlink(missing_ok=True)
    marks = {
        name: {clock: statistics.median(m[name][clock] for m in exports) for clock in ("wall", "cpu")}
        for name in exports[0]
    }
    written = {clock: statistics.median(r[clock] for r in references) for clock in ("wall", "cpu")}
    previews = child_result(preview.output)["marks"]
    assert isinstance(previews, dict)
    rows = exported["rows"]

    def cell(mark: dict[str, float]) -> str:
        return f"{mark['wall']:.1f} s wall, {mark['cpu']:.1f} s CPU"

    rounds = list(zip(exports, references, strict=True))  # an export and the reference run after it

    results = [
        Benchmark(
            f"export {rows:,} rows to .xlsx: committed with its evidence (CPU)",
            marks["committed"]["cpu"],
            written["cpu"],
            max_ratio=1.2,
            extra=[
                f"medians of {args.runs} alternating runs; committed (CPU s): "
                + " ".join(f"{m['committed']['cpu']:.1f}" for m in exports)
                + "; reference: "
                + " ".join(f"{r['cpu']:.1f}" for r in references)
                + "; each round's own ratio: "
                + " ".join(f"{m['committed']['cpu'] / r['cpu']:.2f}" for m, r in rounds),
                f"counted and first chunk: {cell(marks['counted'])}",
                f"file complete:           {cell(marks['file'])}",
                f"evidence + consent uses: {cell(marks['recorded'])}",
                f"committed:               {cell(marks['committed'])}",
                f"reference, XlsxWriter constant_memory alone: {cell(written)}",
            ],
        ),
        Benchmark(
            "export: the file complete, before its evidence is recorded (CPU)",
            marks["file"]["cpu"],
            written["cpu"],
            max_ratio=None,
        ),
        Benchmark(
            "export peak RSS: full list vs a tenth",
            full.peak_rss_mb,
            tenth.peak_rss_mb,
            unit="MB",
            max_ratio=1.25,
            extra=[
                f"reference holding the rows in memory: {ref.peak_rss_mb:.0f} MB",
            ],
        ),
        Benchmark(
            f"preview after a segment edit, {args.customers:,} customers (median of 5, wall)",
            previews["edit all"]["wall"],
            previews["sql all"]["wall"],
            max_figure=1.0,
            extra=[
                "reference: the one-shot SQL count (the command line's preview)",
                f"a tenth of them: {previews['edit tenth']['wall']:.2f} s "
                f"(one-shot SQL {previews['sql tenth']['wall']:.2f} s)",
            ],
        ),
        Benchmark(
            "preview, first count of a purpose × channel × date (median of 3, wall)",
            previews["first"]["wall"],
            previews["sql all"]["wall"],
            max_figure=None,
            extra=["decides every customer once (the snapshot the edits count from)"],
        ),
    ]
    ok = report(results)
    shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.setdefault("CONSENTDESK_USER", "bench")
    sys.exit(main())
