"""`consentdesk demo --customers 1000000` must finish in a few minutes.

Figure: the real command for N customers (default 1,000,000) into a new database, timed from process
start to exit, with its peak memory. Reference: the same command for 20,000 customers in the same run,
scaled to N, so the ratio says whether the cost per customer stays flat as the database grows.
The N-customer database is kept as the demo database the other benchmarks use (harness.ensure_demo_db).

    python bench/demo_data.py [customers]
"""

from __future__ import annotations

import sys
from pathlib import Path

from harness import (
    OUT,
    ROOT,
    Benchmark,
    ChildRun,
    demo_db_path,
    fold_wal,
    python_script,
    report,
    run_child,
)

REFERENCE_CUSTOMERS = 20_000


def _generate(path: Path, customers: int) -> ChildRun:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    args = ["--db", str(path), "demo", "--customers", str(customers), "--seed", "1"]
    return run_child(python_script(ROOT / "main.py", *args))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    customers = int(argv[0]) if argv else 1_000_000
    scratch = OUT / "demo-reference.sqlite3"
    ref = _generate(scratch, REFERENCE_CUSTOMERS)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    target = demo_db_path(customers)
    partial = target.with_name(target.name + ".partial")
    run = _generate(partial, customers)
    fold_wal(partial)
    partial.replace(target)
    scale = customers / REFERENCE_CUSTOMERS
    bench = Benchmark(
        f"demo --customers {customers:,}",
        run.seconds,
        ref.seconds * scale,
        max_ratio=1.5,
        max_figure=300.0,
        extra=[
            f"reference: {REFERENCE_CUSTOMERS:,} customers in {ref.seconds:.1f} s "
            f"(CPU {ref.cpu_seconds:.1f} s), scaled x{scale:g}",
            f"CPU time {run.cpu_seconds:.0f} s (user+system; the wall time includes waiting for a busy CPU)",
            f"{customers / run.seconds:,.0f} customers/s; peak RSS {run.peak_rss_mb:.0f} MB "
            f"(reference {ref.peak_rss_mb:.0f} MB)",
            f"database {target.stat().st_size / 1e9:.2f} GB at {target}",
        ],
    )
    return 0 if report([bench]) else 1


if __name__ == "__main__":
    sys.exit(main())
