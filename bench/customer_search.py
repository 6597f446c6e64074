"""Searching the customer list on a 1M-customer database, as the Customers page does; and opening it.

1. Search latency: for each of ≥ 50 terms of ≥ 3 characters drawn from the data (last names typed in
   capitals, lower case or as written, partial e-mail addresses, cities, postcodes, phone fragments,
   customer numbers; umlauts and ß), the list model's reload() with the search (the count and the
   first ids) plus the first page of rows, as the page shows them. Median and p95, against a plain
   `search_text LIKE '%term%'` doing the same work (count, then the first ids by name) on some of the
   terms: a scan of every customer.
2. The LIKE bug the search must not have: SQLite's LIKE folds only ASCII, so `LIKE '%MÜLLER%'` finds
   none of the Müllers; the search (case-folded text and index) finds every one of them, and ß = ss.
3. Opening the list (count, first ids and first page) and the memory its model takes with every id of
   the million loaded (bench/customer_list.py measures the loading itself).

The database is only read (the SQL reference through a read-only connection).

    python bench/customer_search.py [--customers N] [--queries N] [--seed N]
"""

from __future__ import annotations

import argparse
import gc
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

from harness import (
    CUSTOMER_ORDER_SQL,
    Benchmark,
    EmitDebt,
    customer_list_model,
    demo_db_path,
    ensure_demo_db,
    load_all_ids,
    measure,
    open_list,
    report,
    rss_mb,
    stats,
)

# Spellings a user types: capitals, lower case, a stem, ß and its folding to ss (the app promises
# Unicode case-insensitive search: str.casefold, so "WEISS" finds "Weiß"; "Müller" and "Mueller" stay
# different names). Street is not part of the searched text, so no "straße" here.
TYPED = ["MÜLLER", "müller", "müll", "Müller", "Weiß", "WEISS", "weiss", "groß", "KRÜGER", "köln", "MÜNCHEN"]
LIKE_EVERY = 6  # the LIKE reference scans every customer twice (about 3 s): every sixth term only


def sample_terms(conn: sqlite3.Connection, count: int, seed: int) -> list[str]:
    """`count` search terms from random customers, of every kind a user would type, plus TYPED."""
    rng = random.Random(seed)
    top = conn.execute("SELECT max(id) FROM customers").fetchone()[0]
    terms = list(TYPED)
    kinds: list[Callable[[sqlite3.Row], str]] = [
        lambda c: c["last_name"].upper(),
        lambda c: c["last_name"].lower(),
        lambda c: c["last_name"],
        lambda c: _slice(rng, c["email"].split("@")[0], 6, 10),  # part of the local part
        lambda c: c["email"][: c["email"].index("@") + 4] if "@" in c["email"] else "",  # "anna.b3@gmx"
        lambda c: c["city"],
        lambda c: c["city"][:5].lower(),
        lambda c: c["postcode"],
        lambda c: _slice(rng, (c["phone"] or c["mobile"]).split(" ")[-1], 5, 7),  # digits as typed
        lambda c: c["customer_no"],
        lambda c: c["customer_no"][-6:],  # the number without its prefix
    ]
    while len(terms) < count:
        row = conn.execute("SELECT * FROM customers WHERE id = ?", (rng.randint(1, top),)).fetchone()
        if row is None or row["status"] == "erased":
            continue
        term = kinds[len(terms) % len(kinds)](row).strip()
        if len(term) >= 3 and " " not in term and term not in terms:
            terms.append(term)
    return terms


def _slice(rng: random.Random, value: str, shortest: int, longest: int) -> str:
    if len(value) <= shortest:
        return value
    size = rng.randint(shortest, min(longest, len(value)))
    start = rng.randint(0, len(value) - size)
    return value[start : start + size]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    path = ensure_demo_db(demo_db_path(args.customers), args.customers)

    from desktop_app.services import customer_list
    from desktop_app.services.customer_list import CustomerFilter
    from desktop_app.ui.models.customer_table import FIRST_IDS

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    terms = sample_terms(conn, max(args.queries, 50), args.seed)

    # 3. Opening the list, and its memory with every id loaded (measured first: nothing cached yet).
    import PySide6.QtCore  # noqa: F401  (imported before the memory is read: libraries are not the list)

    gc.collect()
    before = rss_mb()
    app, db, model = customer_list_model(Path(path))
    debt = EmitDebt()
    debt.watch(model.countChanged, model.idsLoaded)
    ticks: list[float] = []
    load_all_ids(model, ticks)
    gc.collect()
    memory = rss_mb() - before
    loaded = model.rowCount()
    opened = measure(lambda: open_list(model))
    gc.collect()
    before = rss_mb()
    plain_ids = conn.execute(CUSTOMER_ORDER_SQL).fetchall()
    plain_memory = rss_mb() - before
    del plain_ids
    first_plain = measure(lambda: conn.execute(f"{CUSTOMER_ORDER_SQL} LIMIT {FIRST_IDS}").fetchall())

    # 1. Search latency through the model, then the LIKE scan on every LIKE_EVERY-th term.
    found: dict[str, int] = {}

    def search(term: str) -> float:
        gc.collect()
        start = time.perf_counter()
        model.set_filter(CustomerFilter(text=term))  # the list is loaded: this reloads, as typing does
        model.data(model.index(0, 1))
        took = time.perf_counter() - start
        model.stop_loading()
        found[term] = model.count()
        return took

    for term in terms[:5]:  # warm-up: the first queries of a session read the index from disk
        search(term)
    timed = {term: search(term) for term in terms}

    def like(term: str) -> float:
        pattern = "%" + term.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where = "status != 'erased' AND search_text LIKE ? ESCAPE '\\'"
        start = time.perf_counter()
        counted = conn.execute(
            f"SELECT count(*) FROM customers NOT INDEXED WHERE {where}", (pattern,)
        ).fetchone()[0]
        conn.execute(
            f"SELECT id FROM customers NOT INDEXED WHERE {where} "
            f"ORDER BY last_name, first_name, id LIMIT {FIRST_IDS}",
            (pattern,),
        ).fetchall()
        took = time.perf_counter() - start
        if counted != found[term]:
            raise AssertionError(f"{term!r}: the search counts {found[term]:,}, LIKE {counted:,}")
        return took

    like_terms = terms[::LIKE_EVERY]
    scans = {term: like(term) for term in like_terms}
    searched = stats(list(timed.values()))
    scanned = stats(list(scans.values()))
    paired = stats([timed[t] for t in like_terms])
    slowest = sorted(timed, key=timed.__getitem__, reverse=True)[:5]

    # 2. The LIKE bug.
    muellers = {r[0] for r in conn.execute("SELECT id FROM customers WHERE last_name = 'Müller'")}
    like_muellers = {r[0] for r in conn.execute("SELECT id FROM customers WHERE last_name LIKE '%MÜLLER%'")}
    like_folded = conn.execute("SELECT count(*) FROM customers WHERE search_text LIKE '%MÜLLER%'").fetchone()[
        0
    ]
    with db.read_session() as session:
        searched_muellers = set(customer_list.customer_ids(session, CustomerFilter(text="MÜLLER")))
    missed = len(muellers - searched_muellers)
    missed_by_like = len(muellers - like_muellers)

    results = [
        Benchmark(
            f"search, first page + count: median of {len(terms)}",
            searched.median,
            scanned.median,
            extra=[
                f"reference: LIKE '%term%' on search_text (count + first {FIRST_IDS:,} ids by name), "
                f"median of {len(scans)} terms; the search on those same terms: "
                f"{paired.median * 1000:.0f} ms (ratio {paired.median / scanned.median:.3f})",
                "matches per term: "
                + ", ".join(f"{t} {found[t]:,}" for t in terms[: len(TYPED)])
                + ", … (every count equal to LIKE's on the terms it scanned)",
            ],
        ),
        Benchmark(
            f"search, first page + count: p95 of {len(terms)}",
            searched.p95,
            scanned.p95,
            max_figure=0.05,
            extra=["slowest: " + ", ".join(f"{t} {timed[t] * 1000:.0f} ms ({found[t]:,})" for t in slowest)],
        ),
        Benchmark(
            "Müllers missed for 'MÜLLER': search vs LIKE",
            missed,
            missed_by_like,
            unit="count",
            max_figure=0,
            extra=[
                f"{len(muellers):,} customers named Müller; last_name LIKE '%MÜLLER%' finds "
                f"{len(like_muellers):,} of them, search_text LIKE '%MÜLLER%' {like_folded:,} rows; "
                f"the search for 'MÜLLER' finds {len(muellers & searched_muellers):,}",
                f"'weiß' and 'WEISS' match {found['Weiß']:,} and {found['WEISS']:,}; "
                f"'MÜLLER', 'müller', 'Müller' {found['MÜLLER']:,}, {found['müller']:,}, {found['Müller']:,}",
            ],
        ),
        Benchmark(
            "open the list: count + first ids + first page",
            opened.median,
            first_plain.median,
            max_figure=0.25,
            extra=[f"reference: plain sqlite3, the first {FIRST_IDS:,} ids by name"],
        ),
        Benchmark(
            f"list memory with all {loaded:,} ids loaded",
            memory,
            plain_memory,
            unit="MB",
            max_figure=100,
            extra=[
                "resident set before the model vs after every id arrived; reference: the same ids "
                f"as one plain sqlite3 fetchall; {len(ticks)} turns of the event loop, "
                f"the longest {max(ticks) * 1000:.0f} ms"
            ],
        ),
    ]
    conn.close()
    db.dispose()
    debt.repay()
    del app
    return 0 if report(results) else 1


if __name__ == "__main__":
    sys.exit(main())
