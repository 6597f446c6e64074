"""Import profiles: a column mapping with its settings, saved as versioned JSON and reused.

The format is documented in docs/IMPORT_PROFILES.md. Everything in a profile names things the way a
person reads them (column headings, purpose codes, the data source's name, consent texts by their
label "newsletter-de-v2"), never by database ids, so that a profile can be shared between PCs and
databases. :func:`parse_profile` refuses unknown versions, targets and settings with a message that
names the offending entry; what a profile refers to in the database is checked when it is used.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop_app.domain.enums import Channel, CustomerKind, SourceKind
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.importing.targets import MULTI_COLUMN, Target, label

_ERRORS = "Errors"
FORMAT = "consentdesk-import-profile"
VERSION = 1


class MergePolicy(StrEnum):
    """What happens to a customer who is already in the database (matched by number, then e-mail)."""

    SKIP = "skip"  # leave the customer and their consents alone
    FILL_EMPTY = "fill_empty"  # fill only fields that are empty in the database
    OVERWRITE = "overwrite"  # the file's non-empty values replace the database's


class NoMeans(StrEnum):
    """What an explicit "nein" in a consent column records (see services.importing.rows)."""

    REFUSED = "refused"  # the person was asked and said no: a documented refusal
    NOT_ASKED = "not_asked"  # like an empty cell: nothing is recorded


@dataclass(frozen=True)
class ConsentColumn:
    purpose: str  # purpose code, e.g. "newsletter"
    channel: Channel
    # Columns with this consent's own dates; None: the profile's general date columns, if any.
    date_column: str | None = None
    doi_column: str | None = None
    withdrawal_column: str | None = None
    consent_text: str | None = None  # label of the consent text version shown, e.g. "newsletter-de-v2"


@dataclass(frozen=True)
class ColumnRule:
    target: Target
    consent: ConsentColumn | None = None  # for Target.CONSENT only


@dataclass(frozen=True)
class SourceSpec:
    """The batch's data source, by name. With a kind, it is created when no source has that name."""

    name: str
    kind: SourceKind | None = None
    third_party: bool = False
    provider: str = ""
    legal_basis_note: str = ""


@dataclass(frozen=True)
class Defaults:
    country: str = "DE"
    kind: CustomerKind = CustomerKind.CONSUMER
    # Date of the consents in rows without a consent date (e.g. the day of the trade fair). Without it
    # such a consent is an error in its row: a consent must not be backdated or dated to the import.
    consent_date: dt.date | None = None
    tags: tuple[str, ...] = ()
    consent_note: str = ""  # stored with every imported consent event, e.g. "Papierformular Messe"


@dataclass(frozen=True)
class ImportProfile:
    columns: Mapping[str, ColumnRule] = field(default_factory=dict)
    name: str = ""
    sheet: str | None = None
    header_row: int | None = None  # as Excel shows it (1 = first row); None: detected
    merge_policy: MergePolicy | None = None  # None: not chosen yet; an import that matches refuses
    no_means: NoMeans = NoMeans.REFUSED
    source: SourceSpec | None = None
    # A third-party list's consents name this business only if the list's evidence says so.
    names_business: bool = False
    defaults: Defaults = field(default_factory=Defaults)

    def targets(self, target: Target) -> list[str]:
        """The columns mapped to `target`, in profile order."""
        return [column for column, rule in self.columns.items() if rule.target is target]

    def column_of(self, target: Target) -> str | None:
        found = self.targets(target)
        return found[0] if found else None

    def referenced_columns(self) -> list[str]:
        """Every column the profile reads: mapped ones and the consents' own date columns."""
        names = [c for c, rule in self.columns.items() if rule.target is not Target.IGNORE]
        for rule in self.columns.values():
            if rule.consent is not None:
                consent = rule.consent
                names += [
                    c for c in (consent.date_column, consent.doi_column, consent.withdrawal_column) if c
                ]
        return list(dict.fromkeys(names))


class ProfileError(UserError):
    pass


_BAD_JSON = QT_TRANSLATE_NOOP("Errors", "The import profile is not valid JSON: {detail}")
_NOT_A_PROFILE = QT_TRANSLATE_NOOP("Errors", "The file is not a ConsentDesk import profile.")
_NEWER = QT_TRANSLATE_NOOP(
    "Errors",
    "The import profile has format version {version}; this ConsentDesk reads version {supported}. "
    "Update ConsentDesk or save the profile again with this version.",
)
_BAD_ENTRY = QT_TRANSLATE_NOOP("Errors", "The import profile has an invalid entry “{entry}”: {problem}")
_UNKNOWN_VALUE = QT_TRANSLATE_NOOP("Errors", "“{value}” is not one of {allowed}")
_WRONG_TYPE = QT_TRANSLATE_NOOP("Errors", "expected {expected}")
_UNKNOWN_KEYS = QT_TRANSLATE_NOOP("Errors", "unknown settings {keys}")
_TWICE = QT_TRANSLATE_NOOP(
    "Errors", "The columns {columns} are all mapped to “{target}”; choose one of them and ignore the others."
)
_NEEDS_CONSENT = QT_TRANSLATE_NOOP("Errors", "a consent column needs a purpose and a channel")


def _fail(entry: str, problem: str, **params: object) -> ProfileError:
    return ProfileError(_BAD_ENTRY, entry=entry, problem=tr(_ERRORS, problem, **params))


def _choice(entry: str, value: object, enum: type[StrEnum]) -> Any:
    try:
        return enum(value)  # type: ignore[arg-type]  # anything else fails as it should
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise _fail(entry, _UNKNOWN_VALUE, value=value, allowed=allowed) from None


def _typed(entry: str, value: object, expected: type | tuple[type, ...], name: str) -> Any:
    if not isinstance(value, expected) or (isinstance(value, bool) and expected is int):
        raise _fail(entry, _WRONG_TYPE, expected=name)
    return value


def _optional_text(entry: str, value: object) -> str | None:
    return None if value is None else str(_typed(entry, value, str, "text"))


def _known_keys(entry: str, data: Mapping[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise _fail(entry, _UNKNOWN_KEYS, keys=", ".join(unknown))


def _date(entry: str, value: object) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(_typed(entry, value, str, "YYYY-MM-DD"))
    except ValueError:
        raise _fail(entry, _WRONG_TYPE, expected="YYYY-MM-DD") from None


def _rule(column: str, raw: object) -> ColumnRule:
    entry = f"columns/{column}"
    if isinstance(raw, str):
        raw = {"target": raw}
    data = _typed(entry, raw, dict, "{...}")
    target = _choice(entry, data.get("target"), Target)
    if target is not Target.CONSENT:
        _known_keys(entry, data, {"target"})
        return ColumnRule(target)
    _known_keys(
        entry, data,
        {"target", "purpose", "channel", "date_column", "doi_column", "withdrawal_column", "consent_text"},
    )  # fmt: skip
    purpose = data.get("purpose")
    if not isinstance(purpose, str) or not purpose.strip() or data.get("channel") is None:
        raise _fail(entry, _NEEDS_CONSENT)
    consent = ConsentColumn(
        purpose=purpose.strip(),
        channel=_choice(entry + "/channel", data["channel"], Channel),
        date_column=_optional_text(entry + "/date_column", data.get("date_column")),
        doi_column=_optional_text(entry + "/doi_column", data.get("doi_column")),
        withdrawal_column=_optional_text(entry + "/withdrawal_column", data.get("withdrawal_column")),
        consent_text=_optional_text(entry + "/consent_text", data.get("consent_text")),
    )
    return ColumnRule(target, consent)


def _source(raw: object) -> SourceSpec | None:
    if raw is None:
        return None
    if isinstance(raw, str):
        raw = {"name": raw}
    data = _typed("source", raw, dict, "{...}")
    _known_keys("source", data, {"name", "kind", "third_party", "provider", "legal_basis_note"})
    name = _typed("source/name", data.get("name"), str, "text").strip()
    kind = data.get("kind")
    return SourceSpec(
        name=name,
        kind=None if kind is None else _choice("source/kind", kind, SourceKind),
        third_party=_typed("source/third_party", data.get("third_party", False), bool, "true/false"),
        provider=_typed("source/provider", data.get("provider", ""), str, "text").strip(),
        legal_basis_note=_typed("source/legal_basis_note", data.get("legal_basis_note", ""), str, "text"),
    )


def _defaults(raw: object) -> Defaults:
    data = _typed("defaults", raw if raw is not None else {}, dict, "{...}")
    _known_keys("defaults", data, {"country", "kind", "consent_date", "tags", "consent_note"})
    tags = _typed("defaults/tags", data.get("tags", []), list, "[...]")
    return Defaults(
        country=_typed("defaults/country", data.get("country", "DE"), str, "text").strip().upper(),
        kind=_choice("defaults/kind", data.get("kind", CustomerKind.CONSUMER.value), CustomerKind),
        consent_date=_date("defaults/consent_date", data.get("consent_date")),
        tags=tuple(_typed("defaults/tags", tag, str, "text") for tag in tags),
        consent_note=_typed("defaults/consent_note", data.get("consent_note", ""), str, "text"),
    )


_TOP_LEVEL = {
    "format", "version", "name", "sheet", "header_row", "columns", "merge_policy", "no_means", "source",
    "names_business", "defaults",
}  # fmt: skip


def parse_profile(text: str) -> ImportProfile:
    """The profile in `text` (JSON), checked; raises ProfileError with the offending entry."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ProfileError(_BAD_JSON, detail=str(error)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProfileError(_NOT_A_PROFILE)
    version = data.get("version")
    if version != VERSION:
        raise ProfileError(_NEWER, version=version, supported=VERSION)
    _known_keys("/", data, _TOP_LEVEL)
    header_row = data.get("header_row")
    if header_row is not None and _typed("header_row", header_row, int, "a row number") < 1:
        raise _fail("header_row", _WRONG_TYPE, expected="a row number")
    columns = _typed("columns", data.get("columns", {}), dict, "{...}")
    policy = data.get("merge_policy")
    profile = ImportProfile(
        columns={str(name): _rule(str(name), rule) for name, rule in columns.items()},
        name=_typed("name", data.get("name", ""), str, "text"),
        sheet=_optional_text("sheet", data.get("sheet")),
        header_row=header_row,
        merge_policy=None if policy is None else _choice("merge_policy", policy, MergePolicy),
        no_means=_choice("no_means", data.get("no_means", NoMeans.REFUSED.value), NoMeans),
        source=_source(data.get("source")),
        names_business=_typed("names_business", data.get("names_business", False), bool, "true/false"),
        defaults=_defaults(data.get("defaults")),
    )
    check_profile(profile)
    return profile


def check_profile(profile: ImportProfile) -> None:
    """A target other than consent, note and ignore may have one column only."""
    for target in Target:
        columns = profile.targets(target)
        if target not in MULTI_COLUMN and len(columns) > 1:
            raise ProfileError(_TWICE, columns=", ".join(f"“{c}”" for c in columns), target=label(target))


def dump_profile(profile: ImportProfile) -> str:
    """The profile as JSON text, in the documented format (UTF-8, indented, stable key order)."""
    columns: dict[str, Any] = {}
    for name, rule in profile.columns.items():
        if rule.consent is None:
            columns[name] = rule.target.value
            continue
        consent = rule.consent
        entry: dict[str, Any] = {"target": rule.target.value, "purpose": consent.purpose}
        entry["channel"] = consent.channel.value
        for key in ("date_column", "doi_column", "withdrawal_column", "consent_text"):
            if getattr(consent, key) is not None:
                entry[key] = getattr(consent, key)
        columns[name] = entry
    source = profile.source
    defaults = profile.defaults
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "name": profile.name,
        "sheet": profile.sheet,
        "header_row": profile.header_row,
        "columns": columns,
        "merge_policy": profile.merge_policy.value if profile.merge_policy else None,
        "no_means": profile.no_means.value,
        "source": None
        if source is None
        else {
            "name": source.name,
            "kind": str(source.kind) if source.kind else None,
            "third_party": source.third_party,
            "provider": source.provider,
            "legal_basis_note": source.legal_basis_note,
        },
        "names_business": profile.names_business,
        "defaults": {
            "country": defaults.country,
            "kind": defaults.kind.value,
            "consent_date": defaults.consent_date.isoformat() if defaults.consent_date else None,
            "tags": list(defaults.tags),
            "consent_note": defaults.consent_note,
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
