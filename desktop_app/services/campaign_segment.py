"""Which customers a campaign addresses: the segment filter, its JSON form and its SQL condition.

A segment narrows the population BEFORE the rules engine runs; it never makes anyone contactable. Every
criterion that is set must hold (AND); within one criterion any listed value will do (OR): "tag A or B,
in 10000-14999 or 20000-22999, consumers". Stored as JSON on the campaign and in every export's
parameters, so an export can say years later which segment it was made from.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session

from desktop_app.db.models import Customer, DataSource, Tag, customer_tags
from desktop_app.domain.enums import CustomerKind
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

__all__ = ["Segment", "check_segment", "parse_postcode_range", "segment_choices", "segment_condition"]

_POSTCODE = re.compile(r"[0-9A-Za-z]{3,10}")
_FIELDS = (
    "tags", "postcodes", "cities", "kind", "source_ids", "existing_customers_only",
    "customer_since_from", "customer_since_to", "text",
)  # fmt: skip
_ERRORS = "Errors"
MAX_VALUES = 200  # per list: a segment is typed by a person, not pasted from a customer list


@dataclass(frozen=True)
class Segment:
    tags: tuple[str, ...] = ()  # tag names; customers with any of them
    postcodes: tuple[str, ...] = ()  # "10000-14999" or "10115"; any of them
    cities: tuple[str, ...] = ()  # any of them, case-insensitive
    kind: CustomerKind | None = None  # consumers or businesses only
    source_ids: tuple[int, ...] = ()  # customers from any of these data sources
    existing_customers_only: bool = False
    customer_since_from: dt.date | None = None
    customer_since_to: dt.date | None = None
    text: str = ""  # the customer list's free-text search

    def is_empty(self) -> bool:
        return self == Segment()

    def as_dict(self) -> dict[str, Any]:
        """Only the criteria that are set, in a fixed order: short, stable JSON."""
        out: dict[str, Any] = {}
        for name in _FIELDS:
            value = getattr(self, name)
            if value in ((), None, False, ""):
                continue
            if isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, dt.date):
                value = value.isoformat()
            elif isinstance(value, CustomerKind):
                value = value.value
            out[name] = value
        return out

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Segment:
        try:
            data = json.loads(text or "{}")
        except ValueError:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "The segment is not valid JSON.")) from None
        if not isinstance(data, dict):
            raise UserError(QT_TRANSLATE_NOOP("Errors", "The segment must be a JSON object ({…})."))
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Segment:
        """Checked field by field; the message names the field and what it expects."""
        unknown = sorted(set(data) - set(_FIELDS))
        if unknown:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "Unknown segment field “{field}”; known fields: {known}."),
                field=unknown[0],
                known=", ".join(_FIELDS),
            )
        segment = cls(
            tags=_texts(data, "tags"),
            postcodes=tuple(_postcode(v) for v in _texts(data, "postcodes")),
            cities=_texts(data, "cities"),
            kind=_kind(data.get("kind")),
            source_ids=_ids(data.get("source_ids")),
            existing_customers_only=_flag(data.get("existing_customers_only")),
            customer_since_from=_date(data.get("customer_since_from"), "customer_since_from"),
            customer_since_to=_date(data.get("customer_since_to"), "customer_since_to"),
            text=_one_text(data.get("text")),
        )
        since, until = segment.customer_since_from, segment.customer_since_to
        if since is not None and until is not None and since > until:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "“Customer since” from {start} is after “to” {end}."),
                start=since.isoformat(),
                end=until.isoformat(),
            )
        return segment


# --- parsing the JSON values ------------------------------------------------------------------------


def _bad(field: str, expected: str) -> UserError:
    """`expected` is a QT_TRANSLATE_NOOP("Errors", ...) phrase, translated into the message here."""
    return UserError(
        QT_TRANSLATE_NOOP("Errors", "Segment field “{field}”: expected {expected}."),
        field=field,
        expected=tr(_ERRORS, expected),
    )


def _texts(data: Mapping[str, Any], field: str) -> tuple[str, ...]:
    value = data.get(field) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _bad(field, QT_TRANSLATE_NOOP("Errors", "a list of texts"))
    if len(value) > MAX_VALUES:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Segment field “{field}”: at most {count} values."),
            field=field,
            count=str(MAX_VALUES),
        )
    cleaned = [" ".join(v.split()) for v in value]
    return tuple(dict.fromkeys(v for v in cleaned if v))


def _one_text(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _bad("text", QT_TRANSLATE_NOOP("Errors", "a text"))
    return " ".join(value.split())


def _kind(value: Any) -> CustomerKind | None:
    if value in (None, ""):
        return None
    try:
        return CustomerKind(value)
    except ValueError:
        raise _bad("kind", QT_TRANSLATE_NOOP("Errors", "“consumer” or “business”")) from None


def _ids(value: Any) -> tuple[int, ...]:
    value = value or []
    if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise _bad("source_ids", QT_TRANSLATE_NOOP("Errors", "a list of data source ids (numbers)"))
    return tuple(dict.fromkeys(value))


def _flag(value: Any) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise _bad("existing_customers_only", QT_TRANSLATE_NOOP("Errors", "true or false"))
    return value


def _date(value: Any, field: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _bad(field, QT_TRANSLATE_NOOP("Errors", "a date like 2024-12-31"))


def parse_postcode_range(value: str) -> tuple[str, str]:
    """'10000-14999' -> ('10000', '14999'); '10115' -> ('10115', '10115'). Both ends the same length,
    so that text order is number order ('9999' would otherwise fall between '10000' and '14999')."""
    parts = [p.strip() for p in value.split("-")]
    if len(parts) == 1:
        parts = parts * 2
    if len(parts) != 2 or not all(_POSTCODE.fullmatch(p) for p in parts):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a postcode or a postcode range like 10000-14999."),
            value=value,
        )
    low, high = parts[0].upper(), parts[1].upper()
    if len(low) != len(high) or low > high:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "In the range “{value}” both postcodes need the same number of characters and the first "
                "must not be larger than the second.",
            ),
            value=value,
        )
    return low, high


def _postcode(value: str) -> str:
    low, high = parse_postcode_range(value)
    return low if low == high else f"{low}-{high}"


# --- against the database ---------------------------------------------------------------------------


def check_segment(session: Session, segment: Segment) -> None:
    """Names and ids must exist now: a typo in a tag would otherwise silently select nobody."""
    if segment.tags:
        known = set(session.execute(select(Tag.name).where(Tag.name.in_(segment.tags))).scalars())
        missing = [t for t in segment.tags if t not in known]
        if missing:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "There is no tag “{tag}”."), tag=missing[0])
    if segment.source_ids:
        query = select(DataSource.id).where(DataSource.id.in_(segment.source_ids))
        ids = set(session.execute(query).scalars())
        missing_ids = [i for i in segment.source_ids if i not in ids]
        if missing_ids:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "There is no data source with the id {id}."),
                id=str(missing_ids[0]),
            )


def segment_condition(session: Session, segment: Segment) -> ColumnElement[bool] | None:
    """The segment as a condition on `customers` (None: everyone), for PopulationEvaluation's scope."""
    conditions: list[ColumnElement[bool]] = []
    if segment.tags:
        tagged = (
            select(customer_tags.c.customer_id)
            .join(Tag, Tag.id == customer_tags.c.tag_id)
            .where(Tag.name.in_(segment.tags))
        )
        conditions.append(Customer.id.in_(tagged))
    if segment.postcodes:
        ranges = [parse_postcode_range(p) for p in segment.postcodes]
        conditions.append(
            or_(
                *(
                    and_(func.length(Customer.postcode) == len(low), Customer.postcode.between(low, high))
                    for low, high in ranges
                )
            )
        )
    if segment.cities:
        # lower() on both sides; SQLite folds only ASCII, which still matches "München" typed "münchen".
        conditions.append(func.lower(Customer.city).in_([c.lower() for c in segment.cities]))
    if segment.kind is not None:
        conditions.append(Customer.kind == segment.kind.value)
    if segment.source_ids:
        conditions.append(Customer.source_id.in_(segment.source_ids))
    if segment.existing_customers_only:
        conditions.append(Customer.is_existing_customer == true())
    if segment.customer_since_from is not None:
        conditions.append(Customer.customer_since >= segment.customer_since_from)
    if segment.customer_since_to is not None:
        conditions.append(Customer.customer_since <= segment.customer_since_to)
    if segment.text:
        # The customer list's own search (FTS trigram index on SQLite), so the same words find the same
        # customers in both places.
        from desktop_app.services.customer_list import _text_condition

        found = _text_condition(session, segment.text)
        if found is not None:
            conditions.append(found)
    return and_(*conditions) if conditions else None


def segment_choices(session: Session) -> tuple[list[str], list[tuple[int, str]]]:
    """What the segment editor offers: every tag name, and the data sources (id, name)."""
    tags = list(session.execute(select(Tag.name).order_by(func.lower(Tag.name))).scalars())
    query = select(DataSource.id, DataSource.name).order_by(func.lower(DataSource.name))
    sources = [(int(i), str(n)) for i, n in session.execute(query)]
    return tags, sources
