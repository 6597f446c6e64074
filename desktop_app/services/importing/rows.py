"""From one row of the sheet to typed customer values and consent claims, with the problems found.

Only what the row itself says is decided here; matching, merging, the customer checks and the
ledger checks follow in services.importing.analysis.

Consent cells
-------------
- empty: the person was not asked; nothing is recorded, never "granted".
- ja / x / 1 / wahr / true, or a date (= granted on that date): a consent given on the consent's date
  (its own date column, else the general "consent given on" column, else the cell's date, else the
  profile's default date). Without any date it is an error in the row: a consent must be dated as
  given, not to the day of the import.
- nein / 0 / falsch / false: with ``no_means = refused`` (the default) a documented refusal, dated
  like a consent or, without a date, at the import. Why record it: LEGAL.md counts a recognisable
  "no" as meaningful (UWG §7(1)); the rules engine then blocks the purpose x channel even where
  another basis (legitimate interest for post) would allow it, which is what the person said. A list
  whose "nein" only means "no consent on file" is imported with ``no_means = not_asked``.
- a withdrawal date: the consent was given (on its date, which must be known) and withdrawn then.
- a double opt-in date: confirmation of a consent given in the row.

Dates without a time of day are taken as 00:00 UTC, so the calendar day is the same wherever it is
counted (the rules engine counts UTC days); times of day are the PC's local time, as staff type them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from desktop_app.domain.enums import Channel, CustomerKind
from desktop_app.domain.normalise import clean_text
from desktop_app.excel import RowRecord
from desktop_app.excel.cells import CellValue
from desktop_app.excel.values import (
    Parsed,
    Problem,
    cell_text,
    parse_consent_flag,
    parse_date,
    parse_datetime,
    parse_email,
    parse_phone,
    parse_postcode,
    parse_text,
)
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.importing.profile import ImportProfile, NoMeans
from desktop_app.services.importing.targets import KINDS, Kind, Target

_IMPORT = "Import"
Severity = Literal["error", "warning", "notice"]

_KIND_WORDS = {
    **dict.fromkeys(
        ("privat", "privatkunde", "privatperson", "verbraucher", "b2c", "consumer", "private", "p"),
        CustomerKind.CONSUMER,
    ),
    **dict.fromkeys(
        ("firma", "firmenkunde", "gewerblich", "gewerbe", "geschäftlich", "geschaeftlich", "unternehmen",
         "b2b", "business", "company", "g", "f"),
        CustomerKind.BUSINESS,
    ),
}  # fmt: skip
_COUNTRIES = {
    **dict.fromkeys(("deutschland", "germany", "d", "deu", "brd"), "DE"),
    **dict.fromkeys(("österreich", "oesterreich", "austria", "a", "aut"), "AT"),
    **dict.fromkeys(("schweiz", "switzerland", "ch", "che"), "CH"),
    **dict.fromkeys(("niederlande", "netherlands", "holland"), "NL"),
    **dict.fromkeys(("frankreich", "france"), "FR"),
    **dict.fromkeys(("luxemburg", "luxembourg"), "LU"),
    **dict.fromkeys(("belgien", "belgium"), "BE"),
    **dict.fromkeys(("dänemark", "daenemark", "denmark"), "DK"),
    **dict.fromkeys(("polen", "poland"), "PL"),
    **dict.fromkeys(("italien", "italy"), "IT"),
}

_NOT_A_KIND = QT_TRANSLATE_NOOP(
    "Import", "“{value}” is neither a consumer nor a business. Write privat or Firma (or B2C / B2B)."
)
_NO_CONSENT_DATE = QT_TRANSLATE_NOOP(
    "Import",
    "The consent has no date. Map a column with the date it was given or set a date for the whole "
    "file in the import settings.",
)
_DOI_WITHOUT_CONSENT = QT_TRANSLATE_NOOP(
    "Import", "There is a double opt-in date but the row records no consent given for “{column}”."
)
_WITHDRAWAL_WITHOUT_DATE = QT_TRANSLATE_NOOP(
    "Import",
    "There is a withdrawal date but no date on which the consent in “{column}” was given; without it "
    "the withdrawal cannot be recorded.",
)


@dataclass(frozen=True, slots=True)
class RowIssue:
    """A problem in one row: `column` is the heading ("" for the row as a whole), `message` translated."""

    row: int
    column: str
    message: str
    severity: Severity = "error"


@dataclass(frozen=True, slots=True)
class ConsentSlot:
    """A consent column with the columns its dates come from (general ones filled in)."""

    column: str
    purpose: str
    channel: Channel
    date_column: str | None
    doi_column: str | None
    withdrawal_column: str | None
    consent_text: str | None
    #: The DOI and withdrawal columns are this consent's own, not general ones: a date there with an
    #: empty consent cell is a contradiction, while a general date only concerns the consents given.
    own_dates: bool = False


@dataclass(frozen=True, slots=True)
class ConsentClaim:
    slot: int  # index into the parser's slots
    granted_at: dt.datetime | None = None
    refused_at: dt.datetime | None = None
    doi_confirmed_at: dt.datetime | None = None
    withdrawn_at: dt.datetime | None = None


@dataclass(slots=True)
class ParsedRow:
    number: int
    #: CustomerInput field -> value, only for fields with a non-empty cell in the row.
    values: dict[str, Any] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    note_lines: list[str] = field(default_factory=list)
    proof_ref: str = ""
    claims: list[ConsentClaim] = field(default_factory=list)
    issues: list[RowIssue] = field(default_factory=list)
    dates: dict[str, dt.datetime | None] = field(default_factory=dict)  # date columns read so far

    @property
    def has_error(self) -> bool:
        return any(issue.severity == "error" for issue in self.issues)

    def issue(self, column: str, text: str, severity: Severity = "error", /, **params: object) -> None:
        self.issues.append(RowIssue(self.number, column, tr(_IMPORT, text, **params), severity))


def consent_slots(profile: ImportProfile) -> list[ConsentSlot]:
    general = {
        t: profile.column_of(t) for t in (Target.CONSENT_DATE, Target.DOI_DATE, Target.WITHDRAWAL_DATE)
    }
    slots = []
    for column, rule in profile.columns.items():
        if rule.consent is None:
            continue
        c = rule.consent
        slots.append(
            ConsentSlot(
                column, c.purpose, c.channel,
                c.date_column or general[Target.CONSENT_DATE],
                c.doi_column or general[Target.DOI_DATE],
                c.withdrawal_column or general[Target.WITHDRAWAL_DATE],
                c.consent_text,
                bool(c.doi_column or c.withdrawal_column),
            )
        )  # fmt: skip
    return slots


def moment(value: dt.datetime) -> dt.datetime:
    """A date from a cell as an aware UTC time (see the module docstring)."""
    if value.tzinfo is not None:
        return value.astimezone(dt.UTC)
    if value.time() == dt.time():
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)  # a naive time of day is local time


# Targets whose value lands in the CustomerInput field of the same name.
_FIELD_TARGETS = tuple(
    t for t in Target if t not in (
        Target.HOUSE_NUMBER, Target.TAGS, Target.CONSENT, Target.CONSENT_DATE, Target.DOI_DATE,
        Target.WITHDRAWAL_DATE, Target.PROOF_REF, Target.NOTE, Target.IGNORE, Target.COUNTRY,
        Target.POSTCODE,
    )
)  # fmt: skip


class RowParser:
    """Parses rows for one profile; built once per import, called for every row."""

    def __init__(
        self, profile: ImportProfile, date_1904: bool = False, now: dt.datetime | None = None
    ) -> None:
        self.profile = profile
        self.slots = consent_slots(profile)
        self.now = now or dt.datetime.now(dt.UTC)
        self._date_1904 = date_1904
        self._fields = [
            (c, t.value, self._parser(KINDS[t])) for t in _FIELD_TARGETS for c in profile.targets(t)
        ]
        self._country = profile.column_of(Target.COUNTRY)
        self._postcode = profile.column_of(Target.POSTCODE)
        self._house = profile.column_of(Target.HOUSE_NUMBER)
        self._tags = profile.column_of(Target.TAGS)
        self._proof = profile.column_of(Target.PROOF_REF)
        self._notes = profile.targets(Target.NOTE)
        self._default_date = (
            None
            if profile.defaults.consent_date is None
            else dt.datetime.combine(profile.defaults.consent_date, dt.time(), dt.UTC)
        )

    def _parser(self, kind: Kind) -> Callable[[CellValue], Parsed[Any]]:
        parsers: dict[Kind, Callable[[CellValue], Parsed[Any]]] = {
            Kind.TEXT: parse_text,
            Kind.EMAIL: _cleaned_text(parse_email),
            Kind.PHONE: _cleaned_text(parse_phone),
            Kind.DATE: lambda v: parse_date(v, self._date_1904),
            Kind.DATETIME: lambda v: parse_datetime(v, self._date_1904),
            Kind.FLAG: parse_consent_flag,
            Kind.CUSTOMER_KIND: _parse_kind,
        }
        return parsers[kind]

    def parse(self, record: RowRecord) -> ParsedRow:
        cells = record.values
        row = ParsedRow(record.row_number)
        values = row.values
        for column, name, parser in self._fields:
            value = cells.get(column)
            if value is None:
                continue
            if parser is parse_text and isinstance(value, str):  # most cells: parse_text without a Parsed
                text = clean_text(value)
                if text:
                    values[name] = text
                continue
            parsed = parser(value)
            if parsed.problem is not None:
                self._problem(row, column, parsed.problem)
            if parsed.value is not None and parsed.value != "":
                values[name] = parsed.value
        self._address(row, cells)
        if self._tags and cells.get(self._tags) is not None:
            tags = cell_text(cells[self._tags]).replace(";", ",")
            row.tags = tuple(t for t in (clean_text(p) for p in tags.split(",")) if t)
        if self._proof and cells.get(self._proof) is not None:
            row.proof_ref = parse_text(cells[self._proof]).value or ""
        for column in self._notes:
            note = parse_text(cells.get(column)).value
            if note:
                row.note_lines.append(f"{column}: {note}")
        for index, slot in enumerate(self.slots):
            self._consent(row, cells, index, slot)
        return row

    def _problem(self, row: ParsedRow, column: str, problem: Problem) -> None:
        row.issues.append(RowIssue(row.number, column, problem.message(), problem.severity))

    def _address(self, row: ParsedRow, cells: Mapping[str, CellValue]) -> None:
        country = self.profile.defaults.country
        if self._country and cells.get(self._country) is not None:
            text = parse_text(cells[self._country]).value or ""
            country = _COUNTRIES.get(text.casefold(), text.upper())
            row.values["country"] = country
        if self._postcode and cells.get(self._postcode) is not None:
            parsed = parse_postcode(cells[self._postcode], country)
            if parsed.problem is not None:
                self._problem(row, self._postcode, parsed.problem)
            if parsed.value:
                row.values["postcode"] = parsed.value.replace(" ", "")
        if self._house:
            house = parse_text(cells.get(self._house)).value
            if house:
                street = row.values.get("street", "")
                row.values["street"] = f"{street} {house}".strip()

    def _date(self, row: ParsedRow, cells: Mapping[str, CellValue], column: str | None) -> dt.datetime | None:
        if column is None or cells.get(column) is None:
            return None
        if column not in row.dates:  # a general date column serves every consent column: parse it once
            value = cells[column]
            if type(value) is dt.date:  # a date cell (most): moment() of its midnight, directly
                row.dates[column] = dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
                return row.dates[column]
            parsed = parse_datetime(value, self._date_1904)
            if parsed.problem is not None:
                self._problem(row, column, parsed.problem)
            row.dates[column] = moment(parsed.value) if parsed.value is not None else None
        return row.dates[column]

    def _consent(self, row: ParsedRow, cells: Mapping[str, CellValue], index: int, slot: ConsentSlot) -> None:
        value = cells.get(slot.column)
        given = self._date(row, cells, slot.date_column)
        doi = self._date(row, cells, slot.doi_column)
        withdrawn = self._date(row, cells, slot.withdrawal_column)
        answer: bool | None = None
        if isinstance(value, dt.date):
            answer, given = True, given or moment(_as_datetime(value))
        elif value is not None:
            flag = parse_consent_flag(value)
            answer = flag.value
            if flag.problem is not None:
                as_date = parse_datetime(value, self._date_1904) if isinstance(value, str) else None
                if as_date is None or as_date.value is None:
                    self._problem(row, slot.column, flag.problem)
                    return
                answer, given = True, given or moment(as_date.value)
        if answer is None and not slot.own_dates:
            return
        given = given or self._default_date
        if withdrawn is not None:
            if given is None:
                row.issue(slot.column, _WITHDRAWAL_WITHOUT_DATE, column=slot.column)
                return
            row.claims.append(
                ConsentClaim(index, granted_at=given, doi_confirmed_at=doi, withdrawn_at=withdrawn)
            )
            return
        if doi is not None and answer is not True:
            if slot.own_dates:
                row.issue(slot.column, _DOI_WITHOUT_CONSENT, column=slot.column)
            return
        if answer is True:
            if given is None:
                row.issue(slot.column, _NO_CONSENT_DATE)
                return
            row.claims.append(ConsentClaim(index, granted_at=given, doi_confirmed_at=doi))
        elif answer is False and self.profile.no_means is NoMeans.REFUSED:
            row.claims.append(ConsentClaim(index, refused_at=given or self.now))


def _cleaned_text(parse: Callable[[CellValue], Parsed[str]]) -> Callable[[CellValue], Parsed[str]]:
    """The parser, with inner white space collapsed as the customer dialog does (parse_text does it)."""

    def parse_cleaned(value: CellValue) -> Parsed[str]:
        parsed = parse(value)
        return Parsed(clean_text(parsed.value), parsed.problem) if parsed.value else parsed

    return parse_cleaned


def _as_datetime(value: dt.date) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())


def _parse_kind(value: CellValue) -> Parsed[CustomerKind]:
    text = clean_text(cell_text(value))
    if not text:
        return Parsed(None)
    kind = _KIND_WORDS.get(text.casefold())
    if kind is None:
        return Parsed(None, Problem(_NOT_A_KIND, {"value": text}))
    return Parsed(kind)
