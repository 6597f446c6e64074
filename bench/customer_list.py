"""The customer list model on a 1M-customer database: what opening the list and loading its ids cost.

1. reload(): the count and the first ids (what the window waits for) against the plain sqlite3 query
   for the same ids in the same order with LIMIT.
2. All ids through the event loop, chunk by chunk, against one plain sqlite3 fetchall of the same
   query; the longest single turn of the event loop is what the user could feel while scrolling.
   The first turn (reload plus the first page of rows, as a view's first paint) is counted too.

    python bench/customer_list.py [--customers N]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time

from harness import BENCH_HOME, Benchmark, demo_db_path, ensure_demo_db, measure, report

ORDER_SQL = (
    "SELECT id FROM customers WHERE status != 'erased' ORDER BY last_name, first_name, id"  # default order
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    os.environ["CONSENTDESK_HOME"] = str(BENCH_HOME)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path = ensure_demo_db(demo_db_path(args.customers), args.customers)

    from PySide6.QtCore import QCoreApplication, QEventLoop

    from desktop_app.db.engine import Database
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.models.customer_table import FIRST_IDS, CustomerTableModel

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    db = Database(f"sqlite:///{path}")
    model = CustomerTableModel(AppContext(db=db, actor="bench", language="en"))
    conn = sqlite3.connect(path)

    def first_ids_plain() -> None:
        conn.execute(f"{ORDER_SQL} LIMIT {FIRST_IDS}").fetchall()

    def all_ids_plain() -> None:
        conn.execute(ORDER_SQL).fetchall()

    def reload() -> None:
        model.reload()
        model.stop_loading()

    ticks: list[float] = []

    def load_all() -> None:
        ticks.clear()
        loop = QEventLoop()
        model.idsLoaded.connect(loop.quit)
        start = time.perf_counter()
        model.reload()
        model.data(model.index(0, 1))  # as a view's first paint does: the rest starts now
        ticks.append(time.perf_counter() - start)
        original = model._load_chunk

        def timed_chunk() -> None:
            began = time.perf_counter()
            original()
            ticks.append(time.perf_counter() - began)

        model._timer.timeout.disconnect()
        model._timer.timeout.connect(timed_chunk)
        if model.is_loading():
            loop.exec()
        model._timer.timeout.disconnect()
        model._timer.timeout.connect(model._load_chunk)
        model.idsLoaded.disconnect(loop.quit)
        assert model.rowCount() == model.count()

    results = [
        Benchmark(
            f"reload: count + first {FIRST_IDS:,} ids",
            measure(reload).median,
            measure(first_ids_plain).median,
            max_ratio=None,
            max_figure=0.3,
            extra=[f"{model.count():,} customers counted"],
        ),
    ]
    loaded = measure(load_all, repeat=3)
    longest = max(ticks)
    results.append(
        Benchmark(
            f"all {model.rowCount():,} ids in chunks",
            loaded.median,
            measure(all_ids_plain, repeat=3).median,
            # SQLAlchemy Core costs about three times a bare cursor per id; it runs in the background.
            max_ratio=3.0,
            extra=[f"{len(ticks)} turns of the event loop, the longest {longest * 1000:.0f} ms"],
        )
    )
    conn.close()
    db.dispose()
    del app
    return 0 if report(results) else 1


if __name__ == "__main__":
    sys.exit(main())
