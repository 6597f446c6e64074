"""Data portability (Art. 20 GDPR): one customer's data as JSON or .xlsx, for them or another controller.

Art. 20 covers the data the person provided (their details, the consents they gave, refused or withdrew
with the declarations behind them, their objections). Derived records (campaign uses, requests, the
audit trail) are in the Art. 15 report instead.

The JSON file (UTF-8, indented, keys in English, codes as stored) has this structure, format_version 1:

    {
      "format": "consentdesk-portability", "format_version": 1,
      "exported_at": "2026-11-29T14:20:00+00:00",          # ISO 8601, UTC
      "controller": {"name", "address", "email", "phone"},   # the business (settings)
      "customer": {"customer_no", "kind", "salutation", "title", "first_name", "last_name", "company",
                   "email", "phone", "mobile", "street", "postcode", "city", "country", "birth_date",
                   "is_existing_customer", "customer_since", "last_purchase_on", "tags": [...]},
      "consents": [{"purpose_code", "purpose_de", "purpose_en", "channel", "status", "legal_basis",
                    "granted_at", "doi_requested_at", "doi_confirmed_at", "withdrawn_at", "refused_at",
                    "valid_until", "capture_method", "source", "consent_text_version",
                    "consent_text_language", "consent_text_title", "consent_text_body", "proof_ref",
                    "parental_consent"}],
      "history": [{"occurred_at", "recorded_at", "event", "purpose_code", "channel", "method", "source",
                   "consent_text_version", "proof_ref", "note"}],
      "objections": [{"reason", "channel", "effective_at", "note"}]
    }

Dates are "YYYY-MM-DD", times ISO 8601 in UTC, missing values null, a channel of null in "history" or
"objections" means every channel. Codes: channel email|phone|sms|post; status granted|pending|withdrawn|
refused; legal_basis consent|legitimate_interest|contract|existing_customer|presumed_consent.

The .xlsx holds the same: one sheet per section ("About", "Customer", "Consents", "History",
"Objections"), the JSON keys as column headings, every cell written as text (never a formula: a value
such as "=HYPERLINK(...)" comes back as exactly that text; it also gets Excel's quote prefix, so editing
it in Excel does not make it a formula either). Both files are written atomically.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.atomic import write_atomically
from desktop_app.db.base import utcnow
from desktop_app.db.models import DataSource
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import audit, catalog, consent_texts, customers, history, ledger, objections
from desktop_app.services.business import get_business

FORMAT = "consentdesk-portability"
FORMAT_VERSION = 1
SECTIONS = ("customer", "consents", "history", "objections")
_CUSTOMER_FIELDS = (
    "customer_no", "kind", "salutation", "title", "first_name", "last_name", "company", "email", "phone",
    "mobile", "street", "postcode", "city", "country", "birth_date", "is_existing_customer", "customer_since",
    "last_purchase_on",
)  # fmt: skip


def _plain(value: object) -> Any:
    """JSON-ready: dates ISO, times ISO in UTC, enums as their stored code."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return str(value)  # a StrEnum becomes its code
    return value


def customer_data(session: Session, customer_id: int) -> dict[str, Any]:
    """The documented structure (module docstring) for one customer."""
    customer = customers.get_customer(session, customer_id)
    business = get_business(session)
    purposes = {p.id: p for p in catalog.list_purposes(session, include_inactive=True)}
    source_names = {sid: name for sid, name in session.execute(select(DataSource.id, DataSource.name))}
    texts: dict[int, consent_texts.ConsentTextView] = {}

    def text(text_id: int | None) -> consent_texts.ConsentTextView | None:
        if text_id is None:
            return None
        if text_id not in texts:
            texts[text_id] = consent_texts.get_text(session, text_id)
        return texts[text_id]

    consents = []
    for c in ledger.customer_consents(session, customer_id):
        wording = text(c.consent_text_id)
        consents.append(
            {
                "purpose_code": c.purpose_code,
                "purpose_de": purposes[c.purpose_id].name_de,
                "purpose_en": purposes[c.purpose_id].name_en,
                "channel": c.channel,
                "status": c.status,
                "legal_basis": c.legal_basis,
                "granted_at": c.granted_at,
                "doi_requested_at": c.doi_requested_at,
                "doi_confirmed_at": c.doi_confirmed_at,
                "withdrawn_at": c.withdrawn_at,
                "refused_at": c.refused_at,
                "valid_until": c.valid_until,
                "capture_method": c.capture_method,
                "source": source_names.get(c.source_id) if c.source_id is not None else None,
                "consent_text_version": wording.label if wording else None,
                "consent_text_language": wording.language if wording else None,
                "consent_text_title": wording.title if wording else None,
                "consent_text_body": wording.body if wording else None,
                "proof_ref": c.proof_ref,
                "parental_consent": c.parental_consent,
            }
        )
    entries = [
        {
            "occurred_at": e.occurred_at,
            "recorded_at": e.recorded_at,
            "event": e.kind,
            "purpose_code": e.purpose_code or None,
            "channel": e.channel,
            "method": e.method,
            "source": e.source_name or None,
            "consent_text_version": (w.label if (w := text(e.consent_text_id)) else None),
            "proof_ref": e.proof_ref,
            "note": e.note,
        }
        for e in history.consent_history(session, customer_id, include_uses=False)
    ]
    blocks = [
        {"reason": s.reason, "channel": s.channel, "effective_at": s.effective_at, "note": s.note}
        for s in objections.customer_suppressions(session, customer_id)
    ]
    person: dict[str, Any] = {name: getattr(customer, name) for name in _CUSTOMER_FIELDS}
    person["tags"] = list(customer.tags)
    data: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": utcnow(),
        "controller": {
            "name": business.name,
            "address": business.address,
            "email": business.email,
            "phone": business.phone,
        },
        "customer": person,
        "consents": consents,
        "history": entries,
        "objections": blocks,
    }
    plain: dict[str, Any] = _jsonable(data)
    return plain


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return _plain(value)


def export_customer(session: Session, actor: str, customer_id: int, path: str | os.PathLike[str]) -> Path:
    """Writes the customer's data to `path`, as JSON or .xlsx by its extension, and records the export in
    the audit trail (handing out personal data is an act to account for); returns the path.

    OSError (missing folder, no permission, disk full) is the caller's to report; then nothing is audited
    as long as the caller's transaction is rolled back.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".json", ".xlsx"):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Export to a file ending in .json or .xlsx (not “{name}”)."),
            name=target.name,
        )
    data = customer_data(session, customer_id)
    if suffix == ".json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        write_atomically(target, lambda stream: stream.write(text.encode("utf-8")))
    else:
        book = workbook(data)
        write_atomically(target, book.save)
    audit.record(session, actor, "portability_export", "customer", customer_id, f"format={suffix[1:]}")
    return target


# --- .xlsx -------------------------------------------------------------------------------------------


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(_cell_text(v) for v in value)
    # Control characters cannot be stored in an .xlsx at all (openpyxl refuses them).
    return str(ILLEGAL_CHARACTERS_RE.sub("", str(value)))


def workbook(data: dict[str, Any]) -> Workbook:
    book = Workbook()
    about = book.active
    about.title = "About"
    _rows(about, [["key", "value"]] + [[k, data[k]] for k in ("format", "format_version", "exported_at")])
    _rows(about, [[f"controller.{k}", v] for k, v in data["controller"].items()], start=5)
    sheet = book.create_sheet("Customer")
    _rows(sheet, [["field", "value"]] + [[k, v] for k, v in data["customer"].items()])
    for section in ("consents", "history", "objections"):
        records: list[dict[str, Any]] = data[section]
        sheet = book.create_sheet(section.capitalize())
        header = list(records[0]) if records else []
        _rows(sheet, [header] + [[r[k] for k in header] for r in records] if header else [])
    return book


def _rows(sheet: Any, rows: list[list[Any]], start: int = 1) -> None:
    for r, values in enumerate(rows, start=start):
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=c)
            text = _cell_text(value)
            # Assigned as str, openpyxl takes "=..." for a formula; the type is set to text afterwards.
            cell.value = text
            cell.data_type = "s"
            if text[:1] in ("=", "+", "-", "@"):
                cell.quotePrefix = True
    for column in sheet.columns:
        width = max((len(str(c.value or "")) for c in column), default=8)
        sheet.column_dimensions[column[0].column_letter].width = min(60, max(10, width + 2))
