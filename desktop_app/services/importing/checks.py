"""The checks of the customer dialog (services.customers._cleaned and _validate), for a record built
from an import row, reported as row problems instead of raised.

The messages are the dialog's own (context "Errors"): the customer_fields check functions are called
and their UserError turned into a RowIssue. Only the phone check is answered from the one parse in
services.importing.contact; check_phone itself runs only to word the message when it fails.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.enums import CustomerKind
from desktop_app.domain.normalise import clean_text
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.customer_fields import (
    check_address,
    check_dates,
    check_email,
    check_lengths,
    check_phone,
)
from desktop_app.services.customers import CustomerInput
from desktop_app.services.importing.contact import ContactFields, contact_fields, plain_email_ok
from desktop_app.services.importing.rows import RowIssue
from desktop_app.services.suppression import SuppressionKeys

TEXT_FIELDS = (
    "customer_no", "salutation", "title", "first_name", "last_name", "company", "email", "phone", "mobile",
    "street", "postcode", "city",
)  # fmt: skip
#: Every field a row can set, in CustomerInput order (tags and source are handled apart).
FIELDS = tuple(name for name in CustomerInput.__dataclass_fields__ if name not in ("tags", "source_id"))
BLANK = CustomerInput()
_NEEDS_NAME = QT_TRANSLATE_NOOP("Errors", "A customer needs a last name or a company name.")
_NEEDS_COMPANY = QT_TRANSLATE_NOOP("Errors", "A business customer needs a company name.")
_SALE_NEEDS_CUSTOMER = QT_TRANSLATE_NOOP(
    "Errors",
    "“Address obtained in a sale” needs an existing customer (UWG §7(3)): mark the customer "
    "as existing customer or clear the flag.",
)


def cleaned(values: Mapping[str, Any]) -> dict[str, Any]:
    """services.customers._cleaned for a dict of fields: trimmed text, upper-case country, ..."""
    result = dict(values)
    for name in TEXT_FIELDS:
        if name in result:
            result[name] = clean_text(result[name])
    if "postcode" in result:
        result["postcode"] = result["postcode"].replace(" ", "")
    if "country" in result:
        result["country"] = clean_text(result["country"]).upper() or "DE"
    if "notes" in result:
        result["notes"] = result["notes"].strip()
    return result


@dataclass
class CustomerCheck:
    """The outcome for one record: problems, and the derived columns when there are none."""

    issues: list[RowIssue] = field(default_factory=list)
    contact: ContactFields | None = None


def check_customer(
    keys: SuppressionKeys,
    values: Mapping[str, Any],
    row: int,
    columns: Mapping[str, str],
    today: dt.date,
) -> CustomerCheck:
    """`values`: every field of the record, cleaned; `columns`: field -> heading, for the messages."""
    result = CustomerCheck()

    def report(field_name: str, error: UserError) -> None:
        result.issues.append(RowIssue(row, columns.get(field_name, ""), error.message()))

    def attempt(field_name: str, check: Any, *args: Any) -> None:
        try:
            check(*args)
        except UserError as error:
            report(field_name, error)

    try:
        check_lengths({name: values[name] for name in TEXT_FIELDS})
    except UserError:  # rare: find the field(s) for the message
        for name in TEXT_FIELDS:
            attempt(name, check_lengths, {name: values[name]})
    if not (values["last_name"] or values["company"]):
        report("last_name", UserError(_NEEDS_NAME))
    if values["kind"] is CustomerKind.BUSINESS and not values["company"]:
        report("company", UserError(_NEEDS_COMPANY))
    email = values["email"]
    if email and not plain_email_ok(email):
        attempt("email", check_email, email)
    attempt("postcode", check_address, values["postcode"], values["country"])
    attempt(
        "birth_date",
        check_dates,
        today,
        values["birth_date"],
        values["customer_since"],
        values["last_purchase_on"],
    )
    if values["address_from_sale"] and not values["is_existing_customer"]:
        report("address_from_sale", UserError(_SALE_NEEDS_CUSTOMER))
    if result.issues:
        return result
    contact = contact_fields(
        keys,
        customer_no=values["customer_no"] or None,
        first_name=values["first_name"],
        last_name=values["last_name"],
        company=values["company"],
        email=email,
        phone=values["phone"],
        mobile=values["mobile"],
        postcode=values["postcode"],
        city=values["city"],
        country=values["country"],
    )
    for name, ok in (("phone", contact.phone_ok), ("mobile", contact.mobile_ok)):
        if not ok:
            attempt(name, check_phone, values[name], values["country"])
    if result.issues:
        return result
    result.contact = contact
    return result
