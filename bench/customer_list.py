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
import sqlite3
import sys

from harness import (
    CUSTOMER_ORDER_SQL,
    Benchmark,
    customer_list_model,
    demo_db_path,
    ensure_demo_db,
    load_all_ids,
    measure,
    report,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    path = ensure_demo_db(demo_db_path(args.customers), args.customers)

    from desktop_app.ui.models.customer_table import FIRST_IDS

    app, db, model = customer_list_model(path)
    conn = sqlite3.connect(path)

    def first_ids_plain() -> None:
        conn.execute(f"{CUSTOMER_ORDER_SQL} LIMIT {FIRST_IDS}").fetchall()

    def all_ids_plain() -> None:
        conn.execute(CUSTOMER_ORDER_SQL).fetchall()

    def reload() -> None:
        model.reload()
        model.stop_loading()

    ticks: list[float] = []

    def load_all() -> None:
        load_all_ids(model, ticks)

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
