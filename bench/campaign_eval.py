"""Campaign evaluation over a million customers: the set-based rules (services.evaluation) on SQLite.

Figures, each the median of 5 runs after a warm-up, through the app's own session (wall time, and
this process's CPU time, which is steadier on a busy machine):
- contactable ids: PopulationEvaluation.contactable_ids, every rule of rules.decide in one statement;
- count by reason: the "why not" breakdown over every customer.
Reference, measured in the same run: the plain indexed query a naive export would run, the ids of the
consents with status "granted" for the purpose and channel (no other rule checked). Target: ratio ≤ 3
and under 2 s.

The demo database (`consentdesk demo --customers N`, kept under bench/out/) is made once and reused;
indexes the current models declare but the file lacks are added first.

    python bench/campaign_eval.py [customers]
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable

from harness import Benchmark, demo_db_path, ensure_demo_db, measure, report
from sqlalchemy import Engine, func, select

from desktop_app.db.engine import Database
from desktop_app.db.models import Base, Consent, Customer
from desktop_app.domain.enums import Channel, ConsentStatus
from desktop_app.services.evaluation import PopulationEvaluation
from desktop_app.services.facts import purpose_id

# (purpose, channel, why it is measured)
CASES = (
    ("newsletter", Channel.EMAIL, "consent only, double opt-in: the typical campaign"),
    ("offers", Channel.EMAIL, "consent or existing customer (§7(3)): every customer is a candidate"),
    ("offers", Channel.POST, "legitimate interest: nearly everyone is contactable"),
)


def _add_missing_indexes(engine: Engine) -> None:
    for table in Base.metadata.sorted_tables:
        for index in table.indexes:
            started = time.perf_counter()
            with engine.begin() as conn:
                exists = conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (index.name,)
                ).first()
                if not exists:
                    index.create(conn)
                    took = time.perf_counter() - started
                    print(f"  added index {index.name} ({took:.0f} s)", file=sys.stderr)


def _timed(fn: Callable[[], object]) -> tuple[Callable[[], None], list[float]]:
    """fn, also recording this process's CPU seconds per call: SQLite runs in-process, so on a shared,
    busy machine that is the steadier figure (wall time includes waiting for a CPU)."""
    cpu: list[float] = []

    def run() -> None:
        start = time.process_time()
        fn()
        cpu.append(time.process_time() - start)

    return run, cpu


def _measure(fn: Callable[[], object]) -> tuple[float, float]:
    """(median wall seconds, median CPU seconds) of 5 runs after a warm-up."""
    run, cpu = _timed(fn)
    wall = measure(run)
    return wall.median, statistics.median(cpu[1:])


def _cpu_line(figure: float, reference: float) -> str:
    return f"CPU: {figure:.2f} s, reference {reference:.2f} s, ratio {figure / reference:.2f}"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    customers = int(argv[0]) if argv else 1_000_000
    path = ensure_demo_db(demo_db_path(customers), customers)
    db = Database(f"sqlite:///{path}")
    _add_missing_indexes(db.engine)
    on = dt.date.today()
    benchmarks = []
    with db.read_session() as s:
        n_customers = s.execute(select(func.count()).select_from(Customer)).scalar_one()
        n_consents = s.execute(select(func.count()).select_from(Consent)).scalar_one()
        for code, channel, why in CASES:
            pid = purpose_id(s, code)
            granted = select(Consent.customer_id).where(
                Consent.purpose_id == pid,
                Consent.channel == channel.value,
                Consent.status == ConsentStatus.GRANTED.value,
            )
            evaluation = PopulationEvaluation(s, pid, channel, on)
            reference, reference_cpu = _measure(lambda q=granted: s.execute(q).scalars().all())
            ids, ids_cpu = _measure(evaluation.contactable_ids)
            counts, counts_cpu = _measure(evaluation.counts)
            n_granted = len(s.execute(granted).scalars().all())
            n_ids = len(evaluation.contactable_ids())
            breakdown = sorted(evaluation.counts().items(), key=lambda kv: -kv[1])
            top = ", ".join(f"{reason.value} {n:,}" for reason, n in breakdown[:5])
            name = f"{code}/{channel.value}"
            benchmarks.append(
                Benchmark(
                    f"{name}: contactable ids",
                    ids,
                    reference,
                    max_ratio=3.0,
                    max_figure=2.0,
                    extra=[
                        why,
                        f"{n_ids:,} contactable; reference returns {n_granted:,} granted consents",
                        _cpu_line(ids_cpu, reference_cpu),
                    ],
                )
            )
            benchmarks.append(
                Benchmark(
                    f"{name}: count by reason",
                    counts,
                    reference,
                    max_figure=2.0,
                    extra=[
                        f"{len(breakdown)} reasons, most frequent: {top}",
                        _cpu_line(counts_cpu, reference_cpu),
                    ],
                )
            )
    db.dispose()
    print(
        f"{n_customers:,} customers, {n_consents:,} consents ({n_consents / n_customers:.2f} per customer), "
        f"evaluated as on {on}; {path.stat().st_size / 1e9:.2f} GB; load average "
        + " ".join(f"{x:.1f}" for x in os.getloadavg())
    )
    return 0 if report(benchmarks) else 1


if __name__ == "__main__":
    sys.exit(main())
