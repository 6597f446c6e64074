"""Merge two records of one person: customer B ("other") into customer A ("keep"), keeping all history.

Preview first (`preview_merge`), then act (`merge_customers`, same plan, one transaction):
- Contact data: per field group the user picks a side; the default is the kept record's value, or the
  other's where the kept one is empty. Tags are united.
- Consents of B for a purpose x channel that A lacks move to A with their whole history (the row and
  its events change owner; no event is rewritten, so every row still replays to the same state).
- Where both have a consent for the same purpose x channel, A's row stays and B's history is attached
  to A (its events now belong to A and show in A's time line; B's row stays behind as the projection of
  those events). If either side says no (withdrawn or refused) while the other says yes, the no wins:
  a withdrawal is appended to A's consent, dated at the merge, and the person has to be asked again.
  Merging never makes anyone contactable who was not.
- Objections, channel refusals and other suppressions, customer-level events (restriction ...),
  data-subject requests and campaign-export rows move to A; the rules engine then applies B's
  objection to A exactly as if it had been recorded there. A restriction on either side carries over.
- B keeps its id and customer number, loses its personal data (A now holds what was chosen; a second
  copy would survive A's erasure) and gets status `erased`: the schema has no "merged" status, and
  erased is the status every list, export, campaign and write already leaves out. A `merged` customer
  event on each side names the other record; one audit entry says who merged what.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop_app.db.base import utcnow
from desktop_app.db.models import (
    CampaignExportRow,
    Consent,
    ConsentEvent,
    Customer,
    CustomerEvent,
    DataSubjectRequest,
    Purpose,
    Suppression,
    customer_tags,
)
from desktop_app.domain.enums import (
    Channel,
    ConsentEventKind,
    ConsentStatus,
    CustomerEventKind,
    CustomerStatus,
)
from desktop_app.domain.ledger import STORED_FIELDS
from desktop_app.domain.normalise import normalise_email
from desktop_app.errors import ConflictError, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services import audit, customers
from desktop_app.services.consents import replay_consent
from desktop_app.services.customers import CustomerInput, CustomerView
from desktop_app.services.display import date_text
from desktop_app.services.erasure import _anonymise
from desktop_app.services.ledger_checks import customer_for_write

_MERGE = "Merge"
_GIVEN = (ConsentStatus.GRANTED.value, ConsentStatus.PENDING.value)
_NO = (ConsentStatus.WITHDRAWN.value, ConsentStatus.REFUSED.value)


class Side(StrEnum):
    KEEP = "keep"
    OTHER = "other"


class Outcome(StrEnum):
    MOVED = "moved"  # only the other record had it: the consent moves with its history
    KEPT = "kept"  # both had it: the kept record's consent stands, the other's history is attached
    NO_WINS = "no_wins"  # a yes and a no: the kept record's consent is withdrawn at the merge


@dataclass(frozen=True)
class MergeField:
    key: str
    label: str  # English source, context "Merge"
    columns: tuple[str, ...]  # CustomerInput fields taken together from one side


FIELDS: tuple[MergeField, ...] = (
    MergeField(
        "name", QT_TRANSLATE_NOOP("Merge", "Name"), ("salutation", "title", "first_name", "last_name")
    ),
    MergeField("company", QT_TRANSLATE_NOOP("Merge", "Company"), ("company",)),
    MergeField("kind", QT_TRANSLATE_NOOP("Merge", "Consumer or business"), ("kind",)),
    MergeField("email", QT_TRANSLATE_NOOP("Merge", "E-mail"), ("email",)),
    MergeField("phone", QT_TRANSLATE_NOOP("Merge", "Phone"), ("phone",)),
    MergeField("mobile", QT_TRANSLATE_NOOP("Merge", "Mobile"), ("mobile",)),
    MergeField(
        "address", QT_TRANSLATE_NOOP("Merge", "Postal address"), ("street", "postcode", "city", "country")
    ),
    MergeField("birth_date", QT_TRANSLATE_NOOP("Merge", "Date of birth"), ("birth_date",)),
    MergeField(
        "existing",
        QT_TRANSLATE_NOOP("Merge", "Existing customer (§7(3) UWG)"),
        (
            "is_existing_customer",
            "customer_since",
            "last_purchase_on",
            "address_from_sale",
            "informed_right_to_object",
        ),
    ),
    MergeField("source", QT_TRANSLATE_NOOP("Merge", "Data source"), ("source_id",)),
    MergeField("notes", QT_TRANSLATE_NOOP("Merge", "Notes"), ("notes",)),
)
FIELD_KEYS = tuple(f.key for f in FIELDS)
# Never "empty": the kept record's value is the default even when it is the plain default value.
_ALWAYS_SET = {"kind", "address"}


@dataclass(frozen=True)
class FieldChoice:
    key: str
    label: str  # English source, context "Merge"
    keep_text: str
    other_text: str
    default: Side
    chosen: Side

    @property
    def differs(self) -> bool:
        return self.keep_text != self.other_text


@dataclass(frozen=True)
class ConsentPlan:
    """What happens to one purpose x channel the other record holds a consent for."""

    purpose_code: str
    purpose_name_de: str
    purpose_name_en: str
    channel: Channel
    keep_status: ConsentStatus | None
    other_status: ConsentStatus
    outcome: Outcome
    keep_consent_id: int | None
    other_consent_id: int

    def purpose_name(self, language: str) -> str:
        return self.purpose_name_de if language == "de" else self.purpose_name_en


@dataclass(frozen=True)
class Notice:
    """A remark for the user, English source in context "Merge", with its parameters."""

    text: str
    params: Mapping[str, str] = field(default_factory=dict)

    def message(self) -> str:
        return tr(_MERGE, self.text, **self.params)


@dataclass(frozen=True)
class MergePreview:
    keep: CustomerView
    other: CustomerView
    fields: tuple[FieldChoice, ...]
    consents: tuple[ConsentPlan, ...]
    consent_events: int  # events of the other record that move to the kept one
    customer_events: int
    suppressions: int
    requests: int
    export_rows: int
    tags_added: tuple[str, ...]
    notices: tuple[Notice, ...]
    merged: CustomerInput  # the kept record's data after the merge
    problem: str = ""  # why these choices cannot be saved (the customer dialog's message), or ""


# --- planning -----------------------------------------------------------------------------------------


def _is_empty(key: str, data: CustomerInput) -> bool:
    if key in _ALWAYS_SET:
        return False
    spec = next(f for f in FIELDS if f.key == key)
    return not any(getattr(data, c) for c in spec.columns)


def _field_text(key: str, view: CustomerView) -> str:
    """One side's value of a field group as the dialog shows it."""
    if key == "name":
        return " ".join(p for p in (view.salutation, view.title, view.first_name, view.last_name) if p)
    if key == "kind":
        return tr(_MERGE, _BUSINESS if view.kind.value == "business" else _CONSUMER)
    if key == "address":
        place = " ".join(p for p in (view.postcode, view.city) if p)
        return ", ".join(p for p in (view.street, place, view.country) if p)
    if key == "birth_date":
        return date_text(view.birth_date) if view.birth_date else ""
    if key == "existing":
        if not view.is_existing_customer:
            return ""
        parts = [tr(_MERGE, _EXISTING)]
        if view.last_purchase_on:
            parts.append(tr(_MERGE, _LAST_PURCHASE, date=date_text(view.last_purchase_on)))
        if view.address_from_sale:
            parts.append(tr(_MERGE, _FROM_SALE))
        if view.informed_right_to_object:
            parts.append(tr(_MERGE, _INFORMED))
        return ", ".join(parts)
    if key == "source":
        return view.source_name
    return str(getattr(view, key))


_CONSUMER = QT_TRANSLATE_NOOP("Merge", "Consumer")
_BUSINESS = QT_TRANSLATE_NOOP("Merge", "Business")
_EXISTING = QT_TRANSLATE_NOOP("Merge", "existing customer")
_LAST_PURCHASE = QT_TRANSLATE_NOOP("Merge", "last purchase {date}")
_FROM_SALE = QT_TRANSLATE_NOOP("Merge", "address from a sale")
_INFORMED = QT_TRANSLATE_NOOP("Merge", "informed of the right to object")


def _check_pair(session: Session, keep_id: int, other_id: int) -> tuple[Customer, Customer]:
    if keep_id == other_id:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A customer cannot be merged with itself."))
    keep = customer_for_write(session, keep_id)
    other = customer_for_write(session, other_id)
    return keep, other


def _merged_input(
    keep: CustomerView, other: CustomerView, chosen: Mapping[str, Side]
) -> tuple[CustomerInput, list[Notice]]:
    a, b = keep.as_input(), other.as_input()
    values: dict[str, object] = {}
    for spec in FIELDS:
        source = b if chosen[spec.key] is Side.OTHER else a
        for column in spec.columns:
            values[column] = getattr(source, column)
    tags = tuple(dict.fromkeys((*a.tags, *b.tags)))
    merged = replace(a, **values, tags=tags, customer_no=a.customer_no)  # type: ignore[arg-type]
    notices: list[Notice] = []
    # §7(3) UWG: "address obtained in a sale" is a fact about one e-mail address. Kept with the other
    # record's e-mail address it would let mail go to an address that was never part of a sale.
    sale_side = b if chosen["existing"] is Side.OTHER else a
    if merged.address_from_sale and normalise_email(merged.email) != normalise_email(sale_side.email):
        merged = replace(merged, address_from_sale=False)
        notices.append(
            Notice(
                QT_TRANSLATE_NOOP(
                    "Merge",
                    "“Address obtained in a sale” is cleared: it was recorded for another e-mail address "
                    "than the one kept (UWG §7(3)).",
                )
            )
        )
    return merged, notices


def _consent_rows(session: Session, customer_id: int) -> dict[tuple[int, str], Consent]:
    rows = session.execute(select(Consent).where(Consent.customer_id == customer_id)).scalars()
    return {(r.purpose_id, r.channel): r for r in rows}


def _count(session: Session, model: type, column: str, customer_id: int) -> int:
    query = select(func.count()).select_from(model).where(getattr(model, column) == customer_id)
    return int(session.execute(query).scalar_one())


def preview_merge(
    session: Session, keep_id: int, other_id: int, choices: Mapping[str, Side] | None = None
) -> MergePreview:
    """What merging `other_id` into `keep_id` would do, with `choices` per field key (others: default)."""
    keep_row, other_row = _check_pair(session, keep_id, other_id)
    keep, other = customers.get_customer(session, keep_id), customers.get_customer(session, other_id)
    unknown = set(choices or {}) - set(FIELD_KEYS)
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Unknown field “{field}”. Known fields: {known}."),
            field=sorted(unknown)[0],
            known=", ".join(FIELD_KEYS),
        )
    a, b = keep.as_input(), other.as_input()
    field_choices = []
    chosen: dict[str, Side] = {}
    for spec in FIELDS:
        default = Side.OTHER if _is_empty(spec.key, a) and not _is_empty(spec.key, b) else Side.KEEP
        chosen[spec.key] = Side((choices or {}).get(spec.key, default))
        field_choices.append(
            FieldChoice(
                spec.key,
                spec.label,
                _field_text(spec.key, keep),
                _field_text(spec.key, other),
                default,
                chosen[spec.key],
            )
        )
    merged, notices = _merged_input(keep, other, chosen)
    try:
        customers.check_input(session, merged, keep_id)
    except UserError as error:
        problem = error.message()
    else:
        problem = ""
    plans = _plan_consents(session, keep_id, other_id)
    if other_row.status == CustomerStatus.RESTRICTED.value and keep_row.status != other_row.status:
        notices.append(
            Notice(
                QT_TRANSLATE_NOOP(
                    "Merge",
                    "Processing of {other} is restricted (Art. 18 GDPR): the merged record will be too.",
                ),
                {"other": other.customer_no},
            )
        )
    if plans and any(p.outcome is Outcome.NO_WINS for p in plans):
        notices.append(
            Notice(
                QT_TRANSLATE_NOOP(
                    "Merge",
                    "Where one record says yes and the other no for the same purpose and channel, the no "
                    "wins: the consent is withdrawn and the customer has to be asked again.",
                )
            )
        )
    return MergePreview(
        keep=keep,
        other=other,
        fields=tuple(field_choices),
        consents=plans,
        consent_events=_count(session, ConsentEvent, "customer_id", other_id),
        customer_events=_count(session, CustomerEvent, "customer_id", other_id),
        suppressions=_count(session, Suppression, "customer_id", other_id),
        requests=_count(session, DataSubjectRequest, "customer_id", other_id),
        export_rows=_count(session, CampaignExportRow, "customer_id", other_id),
        tags_added=tuple(t for t in other.tags if t.casefold() not in {k.casefold() for k in keep.tags}),
        notices=tuple(notices),
        merged=merged,
        problem=problem,
    )


def _plan_consents(session: Session, keep_id: int, other_id: int) -> tuple[ConsentPlan, ...]:
    mine, theirs = _consent_rows(session, keep_id), _consent_rows(session, other_id)
    purposes = {p.id: p for p in session.execute(select(Purpose)).scalars()}
    plans = []
    for key, row in sorted(theirs.items(), key=lambda item: (purposes[item[0][0]].code, item[0][1])):
        own = mine.get(key)
        if own is None:
            outcome = Outcome.MOVED
        elif (own.status in _GIVEN and row.status in _NO) or (own.status in _NO and row.status in _GIVEN):
            # A yes on one side, a no on the other: the no wins. If the kept record holds the no, it
            # already stands; the outcome is the same for the person, so both show as NO_WINS.
            outcome = Outcome.NO_WINS
        else:
            outcome = Outcome.KEPT
        purpose = purposes[key[0]]
        plans.append(
            ConsentPlan(
                purpose.code,
                purpose.name_de,
                purpose.name_en,
                Channel(key[1]),
                ConsentStatus(own.status) if own is not None else None,
                ConsentStatus(row.status),
                outcome,
                own.id if own is not None else None,
                row.id,
            )
        )
    return tuple(plans)


# --- merging ------------------------------------------------------------------------------------------


def merge_customers(
    session: Session,
    actor: str,
    keep_id: int,
    other_id: int,
    choices: Mapping[str, Side] | None = None,
    *,
    keep_version: int | None = None,
    other_version: int | None = None,
    today: dt.date | None = None,
) -> MergePreview:
    """Merge as previewed, in the caller's transaction. Versions (optional) guard against stale views."""
    plan = preview_merge(session, keep_id, other_id, choices)
    for version, view in ((keep_version, plan.keep), (other_version, plan.other)):
        if version is not None and version != view.version:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Someone changed one of the two customers after the merge was prepared. Open the "
                    "merge again.",
                )
            )
    keep_row, other_row = _check_pair(session, keep_id, other_id)
    now = utcnow()
    moved = [p.other_consent_id for p in plan.consents if p.outcome is Outcome.MOVED]
    if moved:
        session.execute(update(Consent).where(Consent.id.in_(moved)).values(customer_id=keep_id))
    # Every event of the other record now belongs to the kept one; their content stays as recorded.
    for model in (ConsentEvent, CustomerEvent, Suppression, DataSubjectRequest, CampaignExportRow):
        column = model.customer_id
        session.execute(update(model).where(column == other_id).values(customer_id=keep_id))
    for consent_plan in plan.consents:
        if consent_plan.outcome is Outcome.NO_WINS:
            _withdraw_if_given(session, actor, consent_plan, plan.other, now)
    restricted = other_row.status == CustomerStatus.RESTRICTED.value
    other_reason = other_row.restricted_reason
    other_no = other_row.customer_no
    # The other record gives up its personal data before the kept one takes what was chosen of it, so
    # the customer number and contact data are never held twice.
    session.execute(delete(customer_tags).where(customer_tags.c.customer_id == other_id))
    _anonymise(other_row, keep_phone=False)
    other_row.customer_no = other_no
    other_row.status = CustomerStatus.ERASED.value
    other_row.restricted_reason = ""
    other_row.erased_at = now
    session.flush()
    customers.update_customer(session, actor, keep_id, plan.merged, version=keep_row.version_id, today=today)
    if restricted and keep_row.status == CustomerStatus.ACTIVE.value:
        keep_row.status = CustomerStatus.RESTRICTED.value
        keep_row.restricted_reason = other_reason
    for owner, related, text in (
        (keep_id, other_id, _MERGED_FROM),
        (other_id, keep_id, _MERGED_INTO),
    ):
        number = plan.other.customer_no if owner == keep_id else plan.keep.customer_no
        session.add(
            CustomerEvent(
                customer_id=owner,
                kind=CustomerEventKind.MERGED.value,
                occurred_at=now,
                recorded_at=now,
                recorded_by=actor,
                note=tr(_MERGE, text, number=number),
                related_customer_id=related,
            )
        )
    session.flush()
    counts = {o: sum(1 for p in plan.consents if p.outcome is o) for o in Outcome}
    chosen_other = ",".join(f.key for f in plan.fields if f.chosen is Side.OTHER)
    audit.record(
        session, actor, "merge", "customer", keep_id,
        f"merged={other_id} consents_moved={counts[Outcome.MOVED]} attached={counts[Outcome.KEPT]} "
        f"no_wins={counts[Outcome.NO_WINS]} consent_events={plan.consent_events} "
        f"customer_events={plan.customer_events} suppressions={plan.suppressions} "
        f"requests={plan.requests} export_rows={plan.export_rows} from_other={chosen_other}",
    )  # fmt: skip
    return plan


_MERGED_FROM = QT_TRANSLATE_NOOP("Merge", "Customer {number} was merged into this record.")
_MERGED_INTO = QT_TRANSLATE_NOOP("Merge", "Merged into customer {number}.")
_NO_NOTE = QT_TRANSLATE_NOOP(
    "Merge", "Merge: customer {number} said no for this purpose and channel ({status}, {date})."
)
STATUS_WORDS = {
    ConsentStatus.GRANTED: QT_TRANSLATE_NOOP("Merge", "granted"),
    ConsentStatus.PENDING: QT_TRANSLATE_NOOP("Merge", "awaiting double opt-in"),
    ConsentStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Merge", "withdrawn"),
    ConsentStatus.REFUSED: QT_TRANSLATE_NOOP("Merge", "refused"),
}


def _withdraw_if_given(
    session: Session, actor: str, consent_plan: ConsentPlan, other: CustomerView, now: dt.datetime
) -> None:
    """Appends a withdrawal to the kept consent if it is given; the other record's no is its reason."""
    if consent_plan.keep_consent_id is None or consent_plan.keep_status not in (
        ConsentStatus.GRANTED,
        ConsentStatus.PENDING,
    ):
        return
    said_no = session.get(Consent, consent_plan.other_consent_id)
    assert said_no is not None
    when = (
        said_no.withdrawn_at if consent_plan.other_status is ConsentStatus.WITHDRAWN else said_no.refused_at
    )
    row = session.get(Consent, consent_plan.keep_consent_id)
    assert row is not None
    session.add(
        ConsentEvent(
            consent_id=row.id,
            customer_id=row.customer_id,
            kind=ConsentEventKind.WITHDRAWN.value,
            occurred_at=now,
            recorded_at=now,
            recorded_by=actor,
            note=tr(
                _MERGE,
                _NO_NOTE,
                number=other.customer_no,
                status=tr(_MERGE, STATUS_WORDS[consent_plan.other_status]),
                date=date_text(when.date()) if when else "?",
            ),
        )
    )
    session.flush()
    state = replay_consent(session, row.id)
    for name in STORED_FIELDS:
        setattr(row, name, getattr(state, name))
    session.flush()
