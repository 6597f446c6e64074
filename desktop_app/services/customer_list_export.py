"""Exporting the customer list as it is shown (search, filters, sort order) to .xlsx or .csv.

The same writers as the campaign export (services.campaign_files), so the cells are formula-safe the
same way: text is written as text, never guessed into a formula, number or link (.xlsx), or escaped by
the OWASP rule (.csv: UTF-8 with BOM, CRLF, ";" for German Excel). The rows stream from one query in
chunks: XlsxWriter's constant_memory mode and the csv module hold one chunk at a time, so a million
customers cost no more memory than a thousand.

The rows are read in a read transaction (on SQLite other users keep saving meanwhile), written to a
temporary file beside the target (campaign_writing.TargetFile), and only then, in one short write
transaction, is the export recorded in the audit chain and the file moved into place: there is never
a file without its audit entry, and a cancelled or failed export leaves neither. Handing out a list of
customers is a processing of personal data (Art. 4(2) GDPR), so the entry says who exported how many
customers to which file, but not what was searched for (a search is usually a person's name).

Erased customers never appear, whatever the filter says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from desktop_app.db.base import utcnow
from desktop_app.db.engine import Database
from desktop_app.db.models import Customer, DataSource, Purpose, Tag, customer_tags
from desktop_app.domain.enums import Channel, CustomerKind, CustomerStatus
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, current_language, tr
from desktop_app.services import audit, campaign_export, customer_list
from desktop_app.services.campaign_export import ExportCancelled, ExportProgress
from desktop_app.services.campaign_files import (
    COLUMNS as CAMPAIGN_COLUMNS,
)
from desktop_app.services.campaign_files import (
    XLSX_MAX_ROWS,
    Cell,
    ColumnKind,
    ExportColumn,
    ListWriter,
)
from desktop_app.services.campaign_writing import TargetFile, open_writer
from desktop_app.services.customer_list import CustomerFilter, SortKey
from desktop_app.services.display import channel_text, count_text, time_text

__all__ = [
    "COLUMNS",
    "DEFAULT_COLUMNS",
    "CustomerExportRequest",
    "CustomerExportResult",
    "check_columns",
    "column_header",
    "export_customers",
]

CHUNK = 5_000
_CTX = "CustomerExport"
_CAMPAIGN_CTX = "CampaignExport"  # the context of the headers shared with the campaign export
Cancel = Callable[[], bool]

_SHARED = ("customer_no", "salutation", "title", "first_name", "last_name", "company", "email", "phone",
           "mobile", "street", "postcode", "city", "country")  # fmt: skip
_OWN = (
    ExportColumn("kind", QT_TRANSLATE_NOOP("CustomerExport", "Consumer/business"), ColumnKind.TEXT, 14),
    ExportColumn("status", QT_TRANSLATE_NOOP("CustomerExport", "Status"), ColumnKind.TEXT, 12),
    ExportColumn("source", QT_TRANSLATE_NOOP("CustomerExport", "Data source"), ColumnKind.TEXT, 24),
    ExportColumn("tags", QT_TRANSLATE_NOOP("CustomerExport", "Tags"), ColumnKind.TEXT, 20),
    ExportColumn("birth_date", QT_TRANSLATE_NOOP("CustomerExport", "Birth date"), ColumnKind.DATE, 12),
    ExportColumn(
        "customer_since", QT_TRANSLATE_NOOP("CustomerExport", "Customer since"), ColumnKind.DATE, 14
    ),
    ExportColumn("last_purchase", QT_TRANSLATE_NOOP("CustomerExport", "Last purchase"), ColumnKind.DATE, 13),
    ExportColumn("created", QT_TRANSLATE_NOOP("CustomerExport", "Created on"), ColumnKind.DATE, 12),
)
# Every column a customer-list export can have, in the order they appear in the file.
COLUMNS: Mapping[str, ExportColumn] = MappingProxyType(
    {**{key: CAMPAIGN_COLUMNS[key] for key in _SHARED}, **{c.key: c for c in _OWN}}
)
# What the list on screen shows, split as a mailing or spreadsheet wants it.
DEFAULT_COLUMNS = ("customer_no", "first_name", "last_name", "company", "email", "phone", "mobile",
                   "street", "postcode", "city", "status")  # fmt: skip

_KINDS = {
    CustomerKind.CONSUMER.value: QT_TRANSLATE_NOOP("CustomerExport", "Consumer"),
    CustomerKind.BUSINESS.value: QT_TRANSLATE_NOOP("CustomerExport", "Business"),
}
_STATUSES = {
    CustomerStatus.ACTIVE.value: QT_TRANSLATE_NOOP("CustomerExport", "active"),
    CustomerStatus.RESTRICTED.value: QT_TRANSLATE_NOOP("CustomerExport", "restricted (Art. 18)"),
}
_SORTS = {
    SortKey.NAME: QT_TRANSLATE_NOOP("CustomerExport", "name"),
    SortKey.CUSTOMER_NO: QT_TRANSLATE_NOOP("CustomerExport", "customer no."),
    SortKey.COMPANY: QT_TRANSLATE_NOOP("CustomerExport", "company"),
    SortKey.CITY: QT_TRANSLATE_NOOP("CustomerExport", "city"),
    SortKey.POSTCODE: QT_TRANSLATE_NOOP("CustomerExport", "postcode"),
    SortKey.EMAIL: QT_TRANSLATE_NOOP("CustomerExport", "e-mail"),
    SortKey.CREATED: QT_TRANSLATE_NOOP("CustomerExport", "date created"),
}


@dataclass(frozen=True)
class CustomerExportRequest:
    path: Path
    filter: CustomerFilter = field(default_factory=CustomerFilter)
    columns: tuple[str, ...] = DEFAULT_COLUMNS  # keys of COLUMNS, in the order of the file
    delimiter: str = ";"  # .csv only


@dataclass(frozen=True)
class CustomerExportResult:
    path: Path
    rows: int
    sha256: str
    audit_seq: int


def column_header(key: str) -> str:
    """The column's heading in the current language."""
    return tr(_CAMPAIGN_CTX if key in _SHARED else _CTX, COLUMNS[key].header)


def check_columns(columns: Sequence[str]) -> tuple[str, ...]:
    """The chosen columns without repeats, in the order given; unknown names are refused."""
    return campaign_export.check_columns(columns, COLUMNS)


def export_customers(
    db: Database, actor: str, request: CustomerExportRequest, cancel: Cancel = lambda: False
) -> Generator[ExportProgress, None, CustomerExportResult]:
    """Generator: yields progress, returns the result (campaign_export.run_to_end drives it without a
    dialog). Raises ExportCancelled when `cancel()` turns true; see the module docstring."""
    columns = check_columns(request.columns)
    target = TargetFile.prepare(request.path, request.delimiter)
    lang = current_language()
    flt = request.filter
    yield ExportProgress("counting", 0, 0)
    with target.writing() as tmp:
        with db.read_session() as session:
            # A filter on "erased" (the GUI offers none) finds nobody: see the extra condition below.
            erased = flt.status is CustomerStatus.ERASED
            total = 0 if erased else customer_list.count_customers(session, flt)
            if target.file_format == "xlsx" and total >= XLSX_MAX_ROWS:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{rows} rows do not fit on an Excel sheet (at most 1,048,575); export to .csv.",
                    ),
                    rows=count_text(total),
                )
            info = _info_lines(session, flt, actor, total)
            writer = _open_writer(tmp, target, columns, lang)
            with target.filling(writer):
                written = 0
                query = customer_list.ordered_query(session, flt, _selected(columns))
                query = query.where(Customer.status != CustomerStatus.ERASED.value)
                cells = _CellMaker(columns)
                # Per statement: a server-side cursor on PostgreSQL, closed on cancel by `with`.
                result = session.connection().execute(query, execution_options={"yield_per": CHUNK})
                with result:
                    for chunk in result.partitions(CHUNK):
                        writer.rows(cells.make(chunk))
                        written += len(chunk)
                        yield ExportProgress("writing", written, max(total, written))
                        if cancel():
                            raise ExportCancelled()
                writer.close(info, tr(_CTX, QT_TRANSLATE_NOOP("CustomerExport", "About this export")))
        yield ExportProgress("recording", written, max(total, written))
        if cancel():
            raise ExportCancelled()
        digest = target.sha256(tmp)
        with db.session() as session:
            entry = audit.record(
                session,
                actor,
                "export",
                "customer_list",
                None,
                f"rows={written} file={request.path.name} format={target.file_format} "
                f"columns={','.join(columns)} filters={_filter_names(flt)} sha256={digest}",
            )
            target.commit(tmp, session)
            seq = entry.seq
    return CustomerExportResult(request.path, written, digest, seq)


def _open_writer(tmp: Path, target: TargetFile, columns: Sequence[str], lang: str) -> ListWriter:
    title = tr(_CTX, QT_TRANSLATE_NOOP("CustomerExport", "Customers"))
    headers = [column_header(c) for c in columns]
    return open_writer(tmp, target, columns, headers, title, lang, catalogue=COLUMNS, sheet=title)


def _tags_text() -> ColumnElement[Any]:
    """The customer's tags in alphabetical order, comma-separated (group_concat / string_agg over an
    ordered subquery, which both backends aggregate in that order)."""
    names = (
        select(Tag.name)
        .join(customer_tags, customer_tags.c.tag_id == Tag.id)
        .where(customer_tags.c.customer_id == Customer.id)
        .order_by(Tag.name)
        .correlate(Customer)
        .subquery()
    )
    return select(func.aggregate_strings(names.c.name, ", ")).scalar_subquery()


def _source_name() -> ColumnElement[Any]:
    return (
        select(DataSource.name)
        .where(DataSource.id == Customer.source_id)
        .correlate(Customer)
        .scalar_subquery()
    )


def _selected(columns: Sequence[str]) -> list[ColumnElement[Any]]:
    """One SQL expression per chosen column, in the file's order."""
    special: dict[str, Callable[[], ColumnElement[Any]]] = {
        "source": _source_name,
        "tags": _tags_text,
        "last_purchase": lambda: Customer.last_purchase_on.expression,
        "created": lambda: Customer.created_at.expression,
    }
    return [special[c]() if c in special else getattr(Customer, c).expression for c in columns]


def _iso(value: Any) -> Cell:
    return value.isoformat() if value is not None else None


def _local_day(value: Any) -> Cell:
    moment: dt.datetime | None = value
    return moment.astimezone().date().isoformat() if moment is not None else None  # as staff read it


class _CellMaker:
    """Query rows -> the stored cell form the writers take (text, integers, dates as ISO text)."""

    def __init__(self, columns: Sequence[str]) -> None:
        kinds = {k: tr(_CTX, v) for k, v in _KINDS.items()}
        statuses = {k: tr(_CTX, v) for k, v in _STATUSES.items()}
        convert: dict[str, Callable[[Any], Cell]] = {
            "kind": lambda v: kinds.get(v, v),
            "status": lambda v: statuses.get(v, v),
            "birth_date": _iso,
            "customer_since": _iso,
            "last_purchase": _iso,
            "created": _local_day,
        }
        self.plain = all(c not in convert for c in columns)
        self.convert = [convert.get(c) for c in columns]

    def make(self, chunk: Sequence[Any]) -> list[Sequence[Cell]]:
        if self.plain:
            return list(chunk)
        convert = self.convert
        return [[f(v) if f else v for f, v in zip(convert, row, strict=True)] for row in chunk]


def _filter_names(flt: CustomerFilter) -> str:
    """Which filters were set, for the audit entry: names only, never the search text."""
    names = [
        name
        for name, used in (
            ("search", bool(flt.text.strip())),
            ("status", flt.status is not None),
            ("kind", flt.kind is not None),
            ("source", flt.source_id is not None),
            ("tags", bool(flt.tag_ids)),
            ("contactable", flt.contactable_for is not None),
        )
        if used
    ]
    return ",".join(names) or "none"


def _info_lines(
    session: Session, flt: CustomerFilter, actor: str, total: int
) -> list[tuple[str, Cell | dt.date]]:
    """The second sheet of an .xlsx: what the list is (a .csv has one table only)."""

    def label(text: str) -> str:
        return tr(_CTX, text)

    any_text = label(QT_TRANSLATE_NOOP("CustomerExport", "(any)"))
    lines: list[tuple[str, Cell | dt.date]] = [
        (label(QT_TRANSLATE_NOOP("CustomerExport", "Customer list exported on")), time_text(utcnow())),
        (label(QT_TRANSLATE_NOOP("CustomerExport", "Exported by")), actor),
        (label(QT_TRANSLATE_NOOP("CustomerExport", "Customers")), total),
        (label(QT_TRANSLATE_NOOP("CustomerExport", "Search")), flt.text.strip() or any_text),
        (
            label(QT_TRANSLATE_NOOP("CustomerExport", "Status")),
            tr(_CTX, _STATUSES.get(flt.status.value, flt.status.value)) if flt.status else any_text,
        ),
        (
            label(QT_TRANSLATE_NOOP("CustomerExport", "Consumer/business")),
            tr(_CTX, _KINDS[flt.kind.value]) if flt.kind else any_text,
        ),
    ]
    source = session.get(DataSource, flt.source_id) if flt.source_id is not None else None
    lines.append(
        (label(QT_TRANSLATE_NOOP("CustomerExport", "Data source")), source.name if source else any_text)
    )
    tags = session.scalars(select(Tag.name).where(Tag.id.in_(flt.tag_ids)).order_by(Tag.name)).all()
    lines.append((label(QT_TRANSLATE_NOOP("CustomerExport", "Tags")), ", ".join(tags) or any_text))
    if flt.contactable_for is not None:
        purpose = session.get(Purpose, flt.contactable_for[0])
        name = (purpose.name_de if current_language() == "de" else purpose.name_en) if purpose else "?"
        lines.append(
            (
                label(QT_TRANSLATE_NOOP("CustomerExport", "Contactable today for")),
                f"{name} · {channel_text(Channel(flt.contactable_for[1]))}",
            )
        )
    order = label(_SORTS[flt.sort]) + (" ↓" if flt.descending else " ↑")
    lines.append((label(QT_TRANSLATE_NOOP("CustomerExport", "Sorted by")), order))
    lines.append(
        (
            label(QT_TRANSLATE_NOOP("CustomerExport", "Audit chain anchor before the export")),
            audit.current_head(session).short(),
        )
    )
    return lines
