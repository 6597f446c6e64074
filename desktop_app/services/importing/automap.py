"""A first profile from the headings alone, with what the user still has to decide.

Unrecognised columns are ignored rather than kept as notes: a column nobody looked at may hold data the
business should not keep (Art. 5(1)(c) GDPR, data minimisation); the user can keep any of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.importing.profile import ColumnRule, ConsentColumn, ImportProfile
from desktop_app.services.importing.targets import MULTI_COLUMN, Target, label, normalise_heading, suggest

_IMPORT = "Import"
_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Import", "The columns {columns} could all be “{target}”; none of them was mapped. Choose one."
)
_NO_NAME = QT_TRANSLATE_NOOP(
    "Import", "No column was recognised as last name or company; every customer needs one of them."
)
_NO_DATE = QT_TRANSLATE_NOOP(
    "Import",
    "The consent column “{column}” has no column with the date the consent was given: map one, or set "
    "a date for the whole file; otherwise every “yes” in it is an error.",
)


@dataclass(frozen=True)
class AutoMapping:
    profile: ImportProfile
    ambiguous: dict[Target, list[str]]  # target -> competing columns (none of them mapped)
    unmapped: list[str]  # columns that look like nothing known (ignored)

    @property
    def missing_required(self) -> bool:
        return not (self.profile.targets(Target.LAST_NAME) or self.profile.targets(Target.COMPANY))

    @property
    def complete(self) -> bool:
        """Nothing ambiguous and the required targets are there: the import may run as mapped."""
        return not self.ambiguous and not self.missing_required

    def problems(self) -> list[str]:
        """Translated lines for the user: what blocks the import and what deserves a look."""
        lines = [
            tr(_IMPORT, _AMBIGUOUS, columns=", ".join(f"“{c}”" for c in columns), target=label(target))
            for target, columns in self.ambiguous.items()
        ]
        if self.missing_required:
            lines.append(tr(_IMPORT, _NO_NAME))
        profile = self.profile
        dated = profile.column_of(Target.CONSENT_DATE) or profile.defaults.consent_date
        for column, rule in profile.columns.items():
            if rule.consent is not None and not (dated or rule.consent.date_column):
                lines.append(tr(_IMPORT, _NO_DATE, column=column))
        return lines


def auto_profile(headers: Sequence[str], base: ImportProfile | None = None) -> AutoMapping:
    """Maps `headers` by their synonyms; settings other than the columns are taken from `base`."""
    candidates: dict[Target, list[str]] = defaultdict(list)
    rules: dict[str, ColumnRule] = {}
    unmapped: list[str] = []
    consents: dict[tuple[str, str], list[str]] = defaultdict(list)
    for header in headers:
        found = suggest(header)
        if found is None:
            unmapped.append(header)
            rules[header] = ColumnRule(Target.IGNORE)
        elif found.target is Target.CONSENT:
            assert found.channel is not None
            consents[(found.purpose, found.channel.value)].append(header)
            rules[header] = ColumnRule(Target.CONSENT, ConsentColumn(found.purpose, found.channel))
        else:
            candidates[found.target].append(header)
            rules[header] = ColumnRule(found.target)
    ambiguous = {t: cols for t, cols in candidates.items() if len(cols) > 1 and t not in MULTI_COLUMN}
    twice = [column for columns in consents.values() if len(columns) > 1 for column in columns]
    if twice:
        ambiguous[Target.CONSENT] = twice
    for columns in ambiguous.values():
        for column in columns:
            rules[column] = ColumnRule(Target.IGNORE)
    _own_date_columns(rules, unmapped)
    settings = base or ImportProfile()
    profile = ImportProfile(
        columns=rules,
        name=settings.name,
        sheet=settings.sheet,
        header_row=settings.header_row,
        merge_policy=settings.merge_policy,
        no_means=settings.no_means,
        source=settings.source,
        names_business=settings.names_business,
        defaults=settings.defaults,
    )
    return AutoMapping(profile, ambiguous, unmapped)


# "Newsletter am", "Newsletter seit", "Datum Newsletter", "Newsletter date": the date of that consent.
_DATE_SUFFIXES = ("am", "seit", "vom", "datum", "date", "on", "since")
_DATE_PREFIXES = ("datum", "date")


def _own_date_columns(rules: dict[str, ColumnRule], unmapped: list[str]) -> None:
    """Gives each consent column the unrecognised column named like it plus a date word, if any."""
    by_word = {normalise_heading(column): column for column in unmapped}
    for column, rule in rules.items():
        consent = rule.consent
        if consent is None or consent.date_column is not None:
            continue
        word = normalise_heading(column)
        names = [word + s for s in _DATE_SUFFIXES] + [p + word for p in _DATE_PREFIXES]
        found = next((by_word[name] for name in names if name in by_word), None)
        if found is not None and found in unmapped:
            rules[column] = ColumnRule(Target.CONSENT, replace(consent, date_column=found))
            unmapped.remove(found)
