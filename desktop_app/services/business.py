"""The business's own details: the controller named on reports, forms and the Art. 30 record.

Stored as rows of the `settings` table (one key per field) so that no migration is needed and every PC
on a shared database prints the same letterhead. Edited in File > Settings… (ui/dialogs/settings_dialog.py)
and with the CLI command `consentdesk business`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Setting
from desktop_app.domain.normalise import clean_text, email_problem
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services import audit

# Field name -> settings key. The keys are part of the database contract: never rename them.
SETTING_KEYS = {
    "name": "business_name",
    "address": "business_address",
    "email": "business_email",
    "phone": "business_phone",
    "dpo_contact": "dpo_contact",
}
_MAX_LENGTHS = {"name": 200, "address": 400, "email": 320, "phone": 60, "dpo_contact": 400}
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Reports", "Name"),
    "address": QT_TRANSLATE_NOOP("Reports", "Address"),
    "email": QT_TRANSLATE_NOOP("Reports", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Reports", "Phone"),
    "dpo_contact": QT_TRANSLATE_NOOP("Reports", "Data protection contact"),
}
_REPORTS = "Reports"
MAX_ADDRESS_LINES = 4


@dataclass(frozen=True)
class BusinessDetails:
    name: str = ""
    address: str = ""  # several lines: street, postcode and city, country
    email: str = ""
    phone: str = ""
    dpo_contact: str = ""  # data protection officer or the person answering data-protection questions

    @property
    def is_set(self) -> bool:
        return bool(self.name)

    @property
    def address_lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.address.splitlines() if line.strip())


def get_business(session: Session) -> BusinessDetails:
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(SETTING_KEYS.values())))
    stored = {key: value for key, value in rows}
    return BusinessDetails(**{field: stored.get(key, "") for field, key in SETTING_KEYS.items()})


def _cleaned(details: BusinessDetails) -> BusinessDetails:
    address = "\n".join(clean_text(line) for line in details.address.splitlines() if line.strip())
    return BusinessDetails(
        name=clean_text(details.name),
        address=address,
        email=clean_text(details.email),
        phone=clean_text(details.phone),
        dpo_contact=clean_text(details.dpo_contact),
    )


def _validate(details: BusinessDetails) -> None:
    if not details.name:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The business needs a name: it heads every report."))
    for field, limit in _MAX_LENGTHS.items():
        if len(getattr(details, field)) > limit:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "“{field}” is too long (at most {limit} characters)."),
                field=tr(_REPORTS, FIELD_LABELS[field]),
                limit=limit,
            )
    if len(details.address_lines) > MAX_ADDRESS_LINES:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The address may have at most {lines} lines."),
            lines=MAX_ADDRESS_LINES,
        )
    if details.email and email_problem(details.email):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "“{email}” is not a usable e-mail address."), email=details.email
        )


def save_business(session: Session, actor: str, details: BusinessDetails) -> BusinessDetails:
    """Validates and stores all fields; the audit entry names the changed fields, not their values."""
    cleaned = _cleaned(details)
    _validate(cleaned)
    before = get_business(session)
    changed = [f.name for f in fields(BusinessDetails) if getattr(before, f.name) != getattr(cleaned, f.name)]
    if not changed:
        return before
    for field in changed:
        key = SETTING_KEYS[field]
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=getattr(cleaned, field)))
        else:
            row.value = getattr(cleaned, field)
    session.flush()
    audit.record(session, actor, "update", "business_details", None, "fields: " + ",".join(changed))
    return cleaned
