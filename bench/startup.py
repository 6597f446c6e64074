"""App start until the main window shows the first page of customers of a 1M-customer database.

Figure: `python main.py --db <1M demo database>` (the real start path: launcher, run_gui, migrations
check, main window), offscreen, with CONSENTDESK_BENCH_EXIT_AFTER_FIRST_PAGE=1 so the app prints a
marker and quits once the customer table has painted its first row and the count is shown.
Reference: bench/startup_reference.py on the same database (imports PySide6 and SQLAlchemy, one
SELECT ... LIMIT 100, a bare QMainWindow). Both are timed by this process from just before the child
starts until the marker line arrives; fresh processes, alternated, median of each. Both print their
own CPU time with the marker: the ratio of those is printed too (steadier on a busy machine). What the
app does after the first page (the ORM, the catalog check: MainWindow.finish_start) is not counted in
either figure; it shows in the whole-process CPU line.
Target: ratio ≤ 1.3 and under 1 s.

    python bench/startup.py [--customers N] [--runs N] [--app DIR] [--profile]

--app DIR times DIR/main.py instead (e.g. an exported older version, for before/after figures).
--profile starts the app once under `-X importtime` and once under cProfile instead, writes
bench/out/startup-importtime.txt and bench/out/startup.prof and prints where the time goes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from harness import (
    BENCH_DIR,
    OUT,
    ROOT,
    Benchmark,
    bench_env,
    demo_db_path,
    ensure_demo_db,
    python_script,
    report,
    run_child,
    stats,
)

MARKER = "CONSENTDESK_FIRST_PAGE"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--app", type=Path, default=ROOT)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    db = ensure_demo_db(demo_db_path(args.customers), args.customers)
    app_cmd = python_script(args.app / "main.py", "--db", str(db))
    ref_cmd = python_script(BENCH_DIR / "startup_reference.py", str(db))
    env = bench_env(CONSENTDESK_BENCH_EXIT_AFTER_FIRST_PAGE="1")
    if args.profile:
        profile(app_cmd, env)
        return 0
    # One untimed round warms the OS file cache for both, then the two alternate so that a busy spell
    # on the machine hits both sides alike.
    run_child(app_cmd, MARKER, env)
    run_child(ref_cmd, MARKER, env)
    app_runs, ref_runs, app_rss, app_cpu, ref_cpu, app_first, ref_first = [], [], [], [], [], [], []
    for _ in range(args.runs):
        app = run_child(app_cmd, MARKER, env)
        ref = run_child(ref_cmd, MARKER, env)
        app_runs.append(app.seconds)
        ref_runs.append(ref.seconds)
        app_rss.append(app.peak_rss_mb)
        app_cpu.append(app.cpu_seconds)
        ref_cpu.append(ref.cpu_seconds)
        app_first.append(_cpu_at_marker(app.marker))
        ref_first.append(_cpu_at_marker(ref.marker))
    app_stats, ref_stats = stats(app_runs), stats(ref_runs)
    cpu_app, cpu_ref = stats(app_cpu).median, stats(ref_cpu).median
    bench = Benchmark(
        f"start to first page ({args.customers:,} customers)",
        app_stats.median,
        ref_stats.median,
        max_ratio=1.3,
        max_figure=1.0,
        extra=[
            "app runs (s): " + " ".join(f"{s:.3f}" for s in app_runs) + f"; p95 {app_stats.p95:.3f}",
            "reference runs (s): " + " ".join(f"{s:.3f}" for s in ref_runs) + f"; p95 {ref_stats.p95:.3f}",
            f"CPU until the first page, median: app {stats(app_first).median:.3f} s, reference "
            f"{stats(ref_first).median:.3f} s, ratio {stats(app_first).median / stats(ref_first).median:.2f}",
            f"CPU (whole process, incl. the rest of the start after the first page) median: app "
            f"{cpu_app:.2f} s, reference {cpu_ref:.2f} s",
            f"app peak RSS {max(app_rss):.0f} MB; app: {args.app}",
        ],
    )
    return 0 if report([bench]) else 1


def _cpu_at_marker(line: str | None) -> float:
    """The child's own CPU seconds when it printed the marker ("... cpu=0.712")."""
    assert line is not None
    return float(line.rsplit("cpu=", 1)[1])


def profile(app_cmd: list[str], env: dict[str, str]) -> None:
    import pstats
    import re

    run_child(app_cmd, MARKER, env)  # warm caches and compiled bytecode
    imports = OUT / "startup-importtime.txt"
    run = run_child([app_cmd[0], "-X", "importtime", *app_cmd[1:]], MARKER, env)
    imports.write_text(run.output, encoding="utf-8")
    print(f"imports (cumulative, top level; all in {imports}):")
    for line in run.output.splitlines():
        found = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\S+)$", line)
        if found and int(found[1]) > 10_000:
            print(f"  {int(found[1]) / 1000:7.1f} ms  {found[2]}")
    stats_file = OUT / "startup.prof"
    run_child([app_cmd[0], "-m", "cProfile", "-o", str(stats_file), *app_cmd[1:]], MARKER, env)
    print(f"\ncProfile, the app's own functions by cumulative time (all in {stats_file}):")
    pstats.Stats(str(stats_file)).sort_stats("cumulative").print_stats(r"desktop_app", 30)


if __name__ == "__main__":
    sys.exit(main())
