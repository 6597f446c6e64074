"""The consent overview of the whole base: states per purpose and channel, per data source, a chart of
the valid consents per purpose, and the consents that run out in the next 90 days (for re-permission).

An internal report for the business's own records; the numbers come from overview_counts.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop_app.domain.enums import Channel, SourceKind
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import catalog, sources
from desktop_app.services.catalog import PurposeView
from desktop_app.services.customer_list import display_name
from desktop_app.services.reports import legal_bases, overview_counts
from desktop_app.services.reports.common import assemble
from desktop_app.services.reports.model import Bar, BarChart, Block, Paragraph, Report, Section, Table
from desktop_app.services.reports.overview_counts import (
    EXPIRY_DAYS,
    BaseCounts,
    Counts,
    State,
    base_counts,
    expiring,
)
from desktop_app.services.reports.texts import ReportTexts

KIND = "overview"
_ORDER = (State.VALID, State.PENDING, State.WITHDRAWN, State.OBJECTED, State.REFUSED, State.STALE)
_HEADS = {
    State.VALID: QT_TRANSLATE_NOOP("Reports", "Valid"),
    State.PENDING: QT_TRANSLATE_NOOP("Reports", "Pending DOI"),
    State.WITHDRAWN: QT_TRANSLATE_NOOP("Reports", "Withdrawn"),
    State.OBJECTED: QT_TRANSLATE_NOOP("Reports", "Objected"),
    State.REFUSED: QT_TRANSLATE_NOOP("Reports", "Refused"),
    State.STALE: QT_TRANSLATE_NOOP("Reports", "Stale / expired"),
}


def build_overview(session: Session, language: str, today: dt.date | None = None) -> Report:
    t = ReportTexts(language)
    today = today or dt.date.today()
    counts = base_counts(session, today)
    purposes = catalog.list_purposes(session, include_inactive=True)
    blocks: tuple[Block, ...] = (
        Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "The consents on record on {date}, customers erased under Art. 17 GDPR excluded. Each "
                    "consent is counted once, in the first state that applies: withdrawn, refused, objected "
                    "(an objection to direct marketing), pending double opt-in (DOI), stale or expired "
                    "(past its end date, or unused longer than the purpose allows), valid. Whether a "
                    "customer can be reached also depends on contact data and age; a campaign checks that.",
                ),
                date=t.date(today),
            ),
            "note",
        ),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "1. Consents by purpose and channel")),
            _by_purpose(t, counts, purposes),
        ),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "2. Consents by data source")), _by_source(session, t, counts)
        ),
        Section(
            t(
                QT_TRANSLATE_NOOP("Reports", "3. Consents that run out in the next {days} days"),
                days=EXPIRY_DAYS,
            ),
            _expiring(session, t, today, purposes),
        ),
    )
    return assemble(
        session,
        t,
        kind=KIND,
        title=t(QT_TRANSLATE_NOOP("Reports", "Consent overview")),
        subtitle=t(QT_TRANSLATE_NOOP("Reports", "All customers, as of {date}"), date=t.date(today)),
        blocks=blocks,
    )


def _header(t: ReportTexts, *first: str) -> tuple[str, ...]:
    return (*first, *(t(_HEADS[s]) for s in _ORDER), t(QT_TRANSLATE_NOOP("Reports", "Total")))


def _numbers(t: ReportTexts, counts: Counts) -> tuple[str, ...]:
    return (*(t.number(counts.by_state[s]) for s in _ORDER), t.number(counts.total))


def _by_purpose(t: ReportTexts, counts: BaseCounts, purposes: list[PurposeView]) -> tuple[Block, ...]:
    rows: list[tuple[str, ...]] = []
    bars: list[Bar] = []
    for purpose in purposes:
        valid = 0
        for channel in Channel:
            cell = counts.cells.get((purpose.id, channel))
            if cell is None or not cell.total:
                continue  # a line of zeros says nothing; the note under the table says so
            rows.append((purpose.name(t.language), t.channel(channel), *_numbers(t, cell)))
            valid += cell.by_state[State.VALID]
        if purpose.active or valid:
            bars.append(Bar(purpose.name(t.language), valid, t.number(valid)))
    if not rows:
        return (Paragraph(t(QT_TRANSLATE_NOOP("Reports", "No consents are recorded yet.")), "note"),)
    total = Counts()
    for cell in counts.cells.values():
        for state, n in cell.by_state.items():
            total.by_state[state] += n
    rows.append((t(QT_TRANSLATE_NOOP("Reports", "All purposes")), "", *_numbers(t, total)))
    table = Table(
        _header(t, t(QT_TRANSLATE_NOOP("Reports", "Purpose")), t(QT_TRANSLATE_NOOP("Reports", "Channel"))),
        tuple(rows),
        (23, 10, 8, 9, 11, 10, 9, 11, 9),
    )
    chart = BarChart(
        t(QT_TRANSLATE_NOOP("Reports", "Valid consents per purpose (all channels)")), tuple(bars)
    )
    note = Paragraph(
        t(QT_TRANSLATE_NOOP("Reports", "Purposes and channels without any consent on record are left out.")),
        "small",
    )
    return (table, note, chart)


def _by_source(session: Session, t: ReportTexts, counts: BaseCounts) -> tuple[Block, ...]:
    named = {s.id: s for s in sources.list_sources(session)}
    keys: list[int | None] = [s for s in named if s in counts.sources or counts.customers_by_source.get(s)]
    if None in counts.sources or counts.customers_by_source.get(None):
        keys.append(None)
    if not keys:
        return (Paragraph(t(QT_TRANSLATE_NOOP("Reports", "No data sources recorded.")), "note"),)
    rows = []
    for key in keys:
        if key is None:
            name, kind = t(QT_TRANSLATE_NOOP("Reports", "No source recorded")), ""
        else:
            source = named[key]
            name = source.name
            if source.is_third_party:
                name += "\n" + t(
                    QT_TRANSLATE_NOOP("Reports", "third party: {provider}"), provider=source.provider
                )
            kind = legal_bases.source_kind(t, SourceKind(source.kind))
        cell = counts.sources.get(key, Counts())
        rows.append(
            (
                name,
                kind,
                t.number(counts.customers_by_source.get(key, 0)),
                t.number(cell.total),
                t.number(cell.by_state[State.VALID]),
                t.number(cell.by_state[State.WITHDRAWN] + cell.by_state[State.OBJECTED]),
                t.number(cell.by_state[State.STALE]),
            )
        )
    header = (
        t(QT_TRANSLATE_NOOP("Reports", "Source")),
        t(QT_TRANSLATE_NOOP("Reports", "Kind")),
        t(QT_TRANSLATE_NOOP("Reports", "Customers")),
        t(QT_TRANSLATE_NOOP("Reports", "Consents")),
        t(QT_TRANSLATE_NOOP("Reports", "Valid")),
        t(QT_TRANSLATE_NOOP("Reports", "Withdrawn or objected")),
        t(QT_TRANSLATE_NOOP("Reports", "Stale / expired")),
    )
    return (Table(header, tuple(rows), (23, 16, 11, 13, 9, 15, 13)),)


def _expiring(
    session: Session, t: ReportTexts, today: dt.date, purposes: list[PurposeView]
) -> tuple[Block, ...]:
    listed, total = expiring(session, today, limit=overview_counts.MAX_EXPIRING)
    if not listed:
        return (
            Paragraph(
                t(
                    QT_TRANSLATE_NOOP("Reports", "No valid consent runs out within the next {days} days."),
                    days=EXPIRY_DAYS,
                ),
                "note",
            ),
        )
    names = {p.id: p.name(t.language) for p in purposes}
    header = (
        t(QT_TRANSLATE_NOOP("Reports", "Last valid day")),
        t(QT_TRANSLATE_NOOP("Reports", "Customer no.")),
        t(QT_TRANSLATE_NOOP("Reports", "Name")),
        t(QT_TRANSLATE_NOOP("Reports", "Purpose")),
        t(QT_TRANSLATE_NOOP("Reports", "Channel")),
        t(QT_TRANSLATE_NOOP("Reports", "Why")),
    )
    by_date = t(QT_TRANSLATE_NOOP("Reports", "end date"))
    by_window = t(QT_TRANSLATE_NOOP("Reports", "not used for too long"))
    rows = tuple(
        (
            t.date(e.expires_on),
            e.customer_no,
            display_name(e.first_name, e.last_name, e.company),
            names.get(e.purpose_id, ""),
            t.channel(e.channel),
            by_date if e.by_date else by_window,
        )
        for e in listed
    )
    blocks: list[Block] = [
        Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "Valid consents of active customers that end or become stale by {date}, soonest first: "
                    "candidates for asking again (re-permission).",
                ),
                date=t.date(today + dt.timedelta(days=EXPIRY_DAYS)),
            ),
            "small",
        ),
        Table(header, rows, (12, 12, 21, 28, 9, 18)),
    ]
    if total > len(listed):
        blocks.append(Paragraph(t.more(total - len(listed)), "strong"))
    return tuple(blocks)
