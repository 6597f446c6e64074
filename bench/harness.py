"""A small runner for the benchmarks in bench/: timing, child processes, memory, demo databases, report.

Machines are shared and noisy, so every benchmark measures a reference in the same run and judges the
ratio; absolute figures are printed for the record. Generated data goes to bench/out/ (git-ignored).
"""

from __future__ import annotations

import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
OUT = BENCH_DIR / "out"
# The app's settings folder for everything the benchmarks open; keeps the user's own folder untouched.
BENCH_HOME = OUT / "home"
T = TypeVar("T")


@dataclass(frozen=True)
class Stats:
    median: float
    p95: float
    runs: tuple[float, ...]


def stats(runs: Sequence[float]) -> Stats:
    ordered = sorted(runs)
    # Nearest-rank p95: with five runs that is the slowest, which is what five runs can tell.
    rank = max(0, min(len(ordered) - 1, -(-95 * len(ordered) // 100) - 1))
    return Stats(statistics.median(ordered), ordered[rank], tuple(runs))


def measure(fn: Callable[[], object], repeat: int = 5, warmup: int = 1) -> Stats:
    """Seconds per call of `fn`, after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    runs = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return stats(runs)


@dataclass
class Benchmark:
    """One line of the report: a figure against a reference measured in the same run."""

    name: str
    figure: float
    reference: float
    unit: str = "s"
    max_ratio: float | None = None
    max_figure: float | None = None  # an absolute limit on this machine, reported but noisy
    extra: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.figure / self.reference if self.reference else float("inf")

    @property
    def passed(self) -> bool:
        ratio_ok = self.max_ratio is None or self.ratio <= self.max_ratio
        figure_ok = self.max_figure is None or self.figure <= self.max_figure
        return ratio_ok and figure_ok

    def target(self) -> str:
        parts = []
        if self.max_ratio is not None:
            parts.append(f"ratio ≤ {self.max_ratio:g}")
        if self.max_figure is not None:
            parts.append(f"≤ {_fmt(self.max_figure, self.unit)}")
        return ", ".join(parts) or "-"


def _fmt(value: float, unit: str) -> str:
    if unit == "count":
        return f"{value:,.0f}"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.3g} {unit}"


def report(benchmarks: Sequence[Benchmark]) -> bool:
    """Prints an aligned table (and each benchmark's extra lines); True when every target is met."""
    header = ("benchmark", "figure", "reference", "ratio", "target", "result")
    rows = [
        (
            b.name,
            _fmt(b.figure, b.unit),
            _fmt(b.reference, b.unit),
            f"{b.ratio:.2f}",
            b.target(),
            "pass" if b.passed else "FAIL",
        )
        for b in benchmarks
    ]
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for b, row in zip(benchmarks, rows, strict=True):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
        for line in b.extra:
            print(f"    {line}")
    return all(b.passed for b in benchmarks)


# --- child processes ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChildRun:
    seconds: float  # from just before the process was started until the marker line arrived (or exit)
    marker: str | None  # the marker line, or None when the child exited without printing it
    returncode: int
    peak_rss_mb: float  # this child's peak resident set
    # This child's user + system CPU time, whole process (also after the marker): steadier than wall
    # time on a busy machine.
    cpu_seconds: float
    output: str


def bench_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(CONSENTDESK_HOME=str(BENCH_HOME), QT_QPA_PLATFORM="offscreen")
    env.pop("CONSENTDESK_DB", None)
    # A user's Python caches compiled modules (__pycache__, or the installer's .pyc); this sandbox's
    # environment turns that off, which made every benchmarked start compile the app from source.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra)
    return env


def run_child(
    args: Sequence[str],
    marker: str | None = None,
    env: Mapping[str, str] | None = None,
) -> ChildRun:
    """Runs `args` and times it with the parent's clock: until a stdout line starting with `marker`
    arrives (the event that matters, e.g. "first page shown"), or until exit when there is no marker.

    Timing in the parent needs no clock shared between processes and includes interpreter start-up,
    which a user waits for too. After the marker the child is still waited for (to collect its memory
    peak and make sure it succeeded), but that time is not counted.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(args),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=dict(env) if env is not None else bench_env(),
        cwd=ROOT,
    )
    assert proc.stdout is not None
    lines: list[str] = []
    seen: str | None = None
    elapsed = 0.0
    for line in proc.stdout:
        if marker and seen is None and line.startswith(marker):
            elapsed = time.perf_counter() - start
            seen = line.strip()
        lines.append(line)
    # wait4 rather than wait: it gives this child's own resource usage, so its memory peak (Unix).
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    if seen is None:
        elapsed = time.perf_counter() - start
    output = "".join(lines)
    if code != 0 or (marker and seen is None):
        raise RuntimeError(f"{' '.join(args)} failed (exit {code}, marker {seen!r}):\n{output[-3000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return ChildRun(elapsed, seen, code, _rss_mb(usage.ru_maxrss), cpu, output)


def python_script(path: Path | str, *args: str) -> list[str]:
    return [sys.executable, str(path), *args]


# A child that times phases itself reports them on one line: RESULT {json}.
RESULT = "RESULT "


def clock() -> tuple[float, float]:
    """(wall, this process's CPU) now: a child's phases are timed on both."""
    return time.perf_counter(), time.process_time()


def since(start: tuple[float, float]) -> dict[str, float]:
    wall, cpu = clock()
    return {"wall": round(wall - start[0], 2), "cpu": round(cpu - start[1], 2)}


def print_result(payload: Mapping[str, object]) -> None:
    print(RESULT + json.dumps(payload), flush=True)


def child_result(output: str) -> dict[str, object]:
    """The payload a child printed with print_result."""
    line = next(x for x in output.splitlines() if x.startswith(RESULT))
    return json.loads(line.removeprefix(RESULT))  # type: ignore[no-any-return]


def _rss_mb(ru_maxrss: int) -> float:
    return ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else ru_maxrss / 1024  # bytes vs KiB


def peak_rss_children() -> float:
    """MB: the largest peak resident set of the children waited for so far (run_child has each one's)."""
    return _rss_mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def peak_rss_self() -> float:
    return _rss_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def rss_mb() -> float:
    """MB: this process's resident set now (Linux); elsewhere its peak so far."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except OSError:
        return peak_rss_self()
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def traced_peak(fn: Callable[[], T]) -> tuple[T, float]:
    """Runs fn under tracemalloc: (its result, peak MB of Python allocations during the call)."""
    tracemalloc.start()
    try:
        result = fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak / (1024 * 1024)


# --- demo databases ----------------------------------------------------------------------------------
def demo_db_path(customers: int, seed: int = 1) -> Path:
    return OUT / f"demo-{customers}-seed{seed}.sqlite3"


def _demo_db_problem(path: Path, customers: int) -> str | None:
    """Why the file cannot serve as the demo database with `customers` customers, or None."""
    import sqlite3

    from desktop_app.db.models import Base

    if not path.exists():
        return "it does not exist yet"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            for table in Base.metadata.sorted_tables:
                have = {row[1] for row in conn.execute(f"PRAGMA table_info({table.name})")}
                missing = {c.name for c in table.columns} - have
                if missing:
                    return f"its schema is older (table {table.name} lacks {', '.join(sorted(missing))})"
            count = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as error:
        return f"it cannot be read ({error})"
    return None if count == customers else f"it has {count:,} customers"


def fold_wal(path: Path) -> None:
    """Checkpoints the write-ahead log into the file, so the file alone can be renamed."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        if Path(f"{path}{suffix}").exists() and Path(f"{path}{suffix}").stat().st_size:
            raise RuntimeError(f"{path}{suffix} still holds data; not renaming the database")
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def ensure_demo_db(path: Path, customers: int, seed: int = 1, progress: bool = True) -> Path:
    """A SQLite demo database with `customers` customers at `path`: made once, then reused.

    A file with another row count or an older schema (a model column it lacks) is made again.
    CONSENTDESK_HOME points at bench/out/home so the suppression key and backups stay out of the
    user's folder.
    """
    os.environ["CONSENTDESK_HOME"] = str(BENCH_HOME)
    problem = _demo_db_problem(path, customers)
    if problem is None:
        return path
    print(f"  demo database {path.name}: making it ({problem})", file=sys.stderr)
    from desktop_app.services.bootstrap import open_database
    from desktop_app.services.demo import generate_demo

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()

    def show(done: int, total: int) -> None:
        if progress and (done == total or done % 50_000 == 0):
            took = time.perf_counter() - started
            print(f"  demo database: {done:,}/{total:,} customers, {took:.0f} s", file=sys.stderr)

    db = open_database(str(partial))
    try:
        generate_demo(db, customers=customers, seed=seed, progress=show)
    finally:
        db.dispose()
    fold_wal(partial)
    for suffix in ("-wal", "-shm"):  # left by whoever had an older file open; they belong to it
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    partial.replace(path)
    return path


# --- the customer list -------------------------------------------------------------------------------
# The list's default order (by name), as plain SQL: the reference the list model is measured against.
CUSTOMER_ORDER_SQL = "SELECT id FROM customers WHERE status != 'erased' ORDER BY last_name, first_name, id"


def customer_list_model(path: Path) -> tuple[object, object, Any]:
    """(the Qt application, the Database, a CustomerTableModel) over the database at `path`, not yet
    loaded; the caller disposes of the Database. Offscreen, settings in bench/out/home."""
    os.environ["CONSENTDESK_HOME"] = str(BENCH_HOME)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from desktop_app.db.engine import Database
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.models.customer_table import CustomerTableModel

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    db = Database(f"sqlite:///{path}")
    return app, db, CustomerTableModel(AppContext(db=db, actor="bench", language="en"))


def open_list(model: Any) -> None:
    """What opening the list waits for: the count, the first ids and the first page of rows (a view's
    first paint); then the rest of the ids is left unloaded."""
    model.reload()
    model.data(model.index(0, 1))
    model.stop_loading()


def load_all_ids(model: Any, ticks: list[float]) -> None:
    """reload() and every id through the event loop, chunk by chunk, as the open list does; `ticks`
    gets the seconds of each turn (the first: reload plus the first page of rows)."""
    from PySide6.QtCore import QEventLoop

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


class EmitDebt:
    """Gives True back the references PySide6 takes from it on each Signal.emit() called from Python.

    PySide6 6.12 on Python 3.11: emit() returns True without a reference of its own, so every emit
    (the list model emits countChanged on each reload) leaves True one reference short, and a
    benchmark that searches a hundred times ends with "Fatal Python error: bool_dealloc" at exit.
    watch() the signals the Python code emits; repay() when done. Python 3.12 makes True immortal.
    """

    def __init__(self) -> None:
        self.emitted = 0

    def watch(self, *signals: Any) -> None:
        for signal in signals:
            signal.connect(self._count)

    def _count(self, *_: object) -> None:
        self.emitted += 1

    def repay(self) -> None:
        import ctypes

        for _ in range(self.emitted):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
        self.emitted = 0
