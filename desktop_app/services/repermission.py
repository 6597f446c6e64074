"""Re-permission: whom to ask again for consent before (or after) a consent goes stale or expires, and how.

The list is one row per customer and purpose whose granted consent on some channel is stale or past its
"valid until" already, or will be within the chosen number of days (the dashboard's expiring and stale
findings, services.governance.renewal_condition). Asking for consent is itself advertising (BGH, e-mail
asking for consent = advertising), so the request may only go over a channel that the rules engine
allows for that customer and purpose today (services.evaluation, the campaign export's own path): the
channel of the expiring consent while it is still valid (renewal before it runs out), otherwise post
(e.g. to consumers on legitimate interest, UWG §7(1), unless they objected), then e-mail, SMS, phone.
Customers without any allowed channel are listed but not exported: they cannot be asked.

The export is a mail-merge list (.xlsx or .csv, one row per letter) written with the campaign export's
writers, so no cell can become a formula. Why a mail-merge list and not one printed form per customer:
a small office writes such letters in its word processor (Word/LibreOffice mail merge) on its own
letterhead, and encloses the consent form for the purpose, printed from `report consent-form`; the
form is the same for everyone and signed by hand, so printing it with a name adds nothing the covering
letter does not already say, while a mail-merge list also serves the e-mail channel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desktop_app.db.engine import Database
from desktop_app.db.models import Consent, Customer, Purpose
from desktop_app.domain.dates import add_months
from desktop_app.domain.enums import Channel, LegalBasis
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services import audit, governance
from desktop_app.services.campaign_files import (
    COLUMNS,
    Cell,
    ColumnKind,
    ExportColumn,
)
from desktop_app.services.campaign_writing import TargetFile, open_writer
from desktop_app.services.evaluation import BASIS_OF, PopulationEvaluation
from desktop_app.vocabulary import CHANNELS, LEGAL_BASES

_CTX = "Repermission"
_LABELS = "Labels"
_CAMPAIGN = "CampaignExport"  # context of the shared column headers
MAX_WITHIN_DAYS = 366
ASK_ORDER = (Channel.POST, Channel.EMAIL, Channel.SMS, Channel.PHONE)


@dataclass(frozen=True)
class Person:
    customer_id: int
    customer_no: str
    salutation: str
    title: str
    first_name: str
    last_name: str
    company: str
    email: str
    phone: str
    mobile: str
    street: str
    postcode: str
    city: str
    country: str

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p) or self.company


@dataclass(frozen=True)
class RepermissionRow:
    person: Person
    purpose_id: int
    purpose_de: str
    purpose_en: str
    channels: tuple[Channel, ...]  # the channels whose consent is stale or expiring
    due_on: dt.date  # the earliest day one of them runs out (in the past: already stale or expired)
    ask_via: Channel | None  # None: no channel is allowed, the customer cannot be asked
    basis: LegalBasis | None  # what allows asking over `ask_via`

    def purpose(self, lang: str) -> str:
        return self.purpose_de if lang == "de" else self.purpose_en

    @property
    def customer_id(self) -> int:
        return self.person.customer_id


@dataclass(frozen=True)
class RepermissionList:
    rows: tuple[RepermissionRow, ...]
    today: dt.date
    within_days: int
    purpose_id: int | None

    @property
    def askable(self) -> tuple[RepermissionRow, ...]:
        return tuple(r for r in self.rows if r.ask_via is not None)

    @property
    def not_askable(self) -> int:
        return len(self.rows) - len(self.askable)


def _check(within_days: int) -> None:
    if not 0 <= within_days <= MAX_WITHIN_DAYS:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Choose between 0 and {max} days ahead."), max=MAX_WITHIN_DAYS
        )


def build_list(
    session: Session, today: dt.date, purpose_id: int | None = None, within_days: int = 30
) -> RepermissionList:
    _check(within_days)
    freshness = {pid: months for pid, months in session.execute(select(Purpose.id, Purpose.freshness_months))}
    names = {
        pid: (de, en) for pid, de, en in session.execute(select(Purpose.id, Purpose.name_de, Purpose.name_en))
    }
    if purpose_id is not None and purpose_id not in names:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The purpose no longer exists."))
    condition = governance.renewal_condition(session, today, within_days)
    query = select(
        Consent.customer_id, Consent.purpose_id, Consent.channel, Consent.valid_until, Consent.granted_at,
        Consent.last_used_at,
    ).where(condition, *([Consent.purpose_id == purpose_id] if purpose_id is not None else []))  # fmt: skip
    found: dict[tuple[int, int], tuple[set[Channel], dt.date]] = {}
    for cid, pid, channel, valid_until, granted_at, last_used_at in session.execute(query):
        due = _runs_out(valid_until, granted_at, last_used_at, freshness.get(pid))
        channels, earliest = found.get((cid, pid), (set(), due))
        channels.add(Channel(channel))
        found[(cid, pid)] = (channels, min(earliest, due))
    ask = _channels_to_ask(session, today, found, condition)
    people = _people(session, sorted({cid for cid, _ in found}))
    rows = []
    for (cid, pid), (channels, due) in sorted(found.items(), key=lambda kv: (kv[1][1], kv[0])):
        via, basis = ask.get((cid, pid), (None, None))
        de, en = names[pid]
        rows.append(
            RepermissionRow(people[cid], purpose_id=pid, purpose_de=de, purpose_en=en,
                            channels=tuple(c for c in Channel if c in channels), due_on=due,
                            ask_via=via, basis=basis)
        )  # fmt: skip
    return RepermissionList(tuple(rows), today, within_days, purpose_id)


def _runs_out(
    valid_until: dt.date | None, granted: dt.datetime | None, used: dt.datetime | None, months: int | None
) -> dt.date:
    """The day the consent stops counting: its "valid until", or the end of its freshness period."""
    days = [valid_until] if valid_until is not None else []
    touched = [m for m in (granted, used) if m is not None]
    if months is not None and touched:
        days.append(add_months(max(touched).date(), months))
    return min(days) if days else dt.date.max


def _channels_to_ask(
    session: Session,
    today: dt.date,
    found: dict[tuple[int, int], tuple[set[Channel], dt.date]],
    condition: ColumnElement[bool],
) -> dict[tuple[int, int], tuple[Channel, LegalBasis]]:
    """Per customer and purpose: the first allowed channel, its own expiring channels first.

    The customers to evaluate are given as a subquery (the same condition that found them), not as a
    list of ids: a large base can have more of them than SQLite takes bound parameters."""
    allowed: dict[tuple[int, int, Channel], LegalBasis] = {}
    basis_of = {code.value: basis for code, basis in BASIS_OF.items()}
    for pid in sorted({pid for _cid, pid in found}):
        scope = select(Consent.customer_id).where(condition, Consent.purpose_id == pid).correlate(None)
        for channel in Channel:
            # Only the contactable rows leave the database (the others would be dropped here anyway).
            decided = (
                PopulationEvaluation(session, pid, channel, today).query(scope).order_by(None).subquery()
            )
            query = select(decided.c.id, decided.c.reason).where(decided.c.reason.in_(list(basis_of)))
            for cid, reason in session.execute(query):
                allowed[(int(cid), pid, channel)] = basis_of[reason]
    chosen: dict[tuple[int, int], tuple[Channel, LegalBasis]] = {}
    for (cid, pid), (channels, _due) in found.items():
        order = [c for c in ASK_ORDER if c in channels] + [c for c in ASK_ORDER if c not in channels]
        for channel in order:
            basis = allowed.get((cid, pid, channel))
            if basis is not None:
                chosen[(cid, pid)] = (channel, basis)
                break
    return chosen


_PERSON = ("customer_no", "salutation", "title", "first_name", "last_name", "company", "email", "phone",
           "mobile", "street", "postcode", "city", "country")  # fmt: skip


def _people(session: Session, ids: Sequence[int]) -> dict[int, Person]:
    columns = [getattr(Customer, name) for name in _PERSON]
    people: dict[int, Person] = {}
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        for row in session.execute(select(Customer.id, *columns).where(Customer.id.in_(chunk))):
            texts = {name: str(value or "") for name, value in zip(_PERSON, row[1:], strict=True)}
            people[int(row[0])] = Person(int(row[0]), **texts)
    return people


# --- export ---------------------------------------------------------------------------------------

_OWN_COLUMNS = {
    "purpose": ExportColumn("purpose", QT_TRANSLATE_NOOP("Repermission", "Purpose"), ColumnKind.TEXT, 24),
    "channels": ExportColumn(
        "channels", QT_TRANSLATE_NOOP("Repermission", "Consent running out for"), ColumnKind.TEXT, 22
    ),
    "due_on": ExportColumn("due_on", QT_TRANSLATE_NOOP("Repermission", "Runs out on"), ColumnKind.DATE, 13),
    "ask_via": ExportColumn("ask_via", QT_TRANSLATE_NOOP("Repermission", "Ask via"), ColumnKind.TEXT, 10),
    "basis": ExportColumn(
        "basis", QT_TRANSLATE_NOOP("Repermission", "Allowed because of"), ColumnKind.TEXT, 34
    ),
}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    not_askable: int


def _cells(row: RepermissionRow, lang: str) -> list[Cell]:
    assert row.ask_via is not None and row.basis is not None
    person: list[Cell] = [str(getattr(row.person, name)) for name in _PERSON]
    return [
        *person,
        row.purpose(lang),
        ", ".join(tr(_LABELS, CHANNELS[c]) for c in row.channels),
        row.due_on.isoformat() if row.due_on != dt.date.max else None,
        tr(_LABELS, CHANNELS[row.ask_via]),
        tr(_LABELS, LEGAL_BASES[row.basis]),
    ]


def export_list(
    db: Database, actor: str, path: Path, today: dt.date, purpose_id: int | None = None,
    within_days: int = 30, lang: str = "en",
) -> ExportResult:  # fmt: skip
    """Write the customers who can be asked to a mail-merge file; audited (count and file name only)."""
    target = TargetFile.prepare(path)
    with db.session() as session:
        found = build_list(session, today, purpose_id, within_days)
        catalogue = {**{name: COLUMNS[name] for name in _PERSON}, **_OWN_COLUMNS}
        headers = [tr(_CAMPAIGN, COLUMNS[name].header) for name in _PERSON]
        headers += [tr(_CTX, c.header) for c in _OWN_COLUMNS.values()]
        with target.writing() as tmp:
            title = tr(_CTX, QT_TRANSLATE_NOOP("Repermission", "Re-permission list"))
            writer = open_writer(
                tmp, target, list(catalogue), headers, title, lang, catalogue=catalogue, sheet=title
            )
            with target.filling(writer):
                writer.rows([_cells(r, lang) for r in found.askable])
                about = tr(_CTX, QT_TRANSLATE_NOOP("Repermission", "About"))
                writer.close(_about(session, found, lang), about)
            audit.record(
                session, actor, "export", "repermission_list", None,
                f"rows={len(found.askable)} not_askable={found.not_askable} purpose={purpose_id or '-'} "
                f"within_days={within_days} file={path.name}",
            )  # fmt: skip
            target.commit(tmp, session)
    return ExportResult(path, len(found.askable), found.not_askable)


def _about(session: Session, found: RepermissionList, lang: str) -> list[tuple[str, Cell | dt.date]]:
    purpose = session.get(Purpose, found.purpose_id) if found.purpose_id is not None else None
    name = (purpose.name_de if lang == "de" else purpose.name_en) if purpose is not None else None

    def t(text: str) -> str:
        return tr(_CTX, text)

    return [
        (t(QT_TRANSLATE_NOOP("Repermission", "Made on")), found.today),
        (
            t(QT_TRANSLATE_NOOP("Repermission", "Purpose")),
            name or t(QT_TRANSLATE_NOOP("Repermission", "all")),
        ),
        (t(QT_TRANSLATE_NOOP("Repermission", "Consents running out within (days)")), found.within_days),
        (t(QT_TRANSLATE_NOOP("Repermission", "Customers to ask")), len(found.askable)),
        (t(QT_TRANSLATE_NOOP("Repermission", "Not in this list: no channel allowed")), found.not_askable),
        (
            t(QT_TRANSLATE_NOOP("Repermission", "How the channel was chosen")),
            t(
                QT_TRANSLATE_NOOP(
                    "Repermission",
                    "Asking for consent is advertising itself, so each customer is asked only over a channel "
                    "the rules allow today for this purpose: the channel of the consent while it is still "
                    "valid, otherwise post, e-mail, SMS, phone in this order.",
                )
            ),
        ),
    ]
