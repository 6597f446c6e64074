"""Builders for campaign tests: contactable customers, hostile cell values, exports run to the end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from desktop_app.db.engine import Database
from desktop_app.db.models import Customer, Purpose
from desktop_app.domain.enums import Channel
from desktop_app.services import ledger
from desktop_app.services.campaign_export import ExportRequest, ExportResult, export_list, run_to_end
from desktop_app.services.campaign_segment import Segment
from tests.services.ledger_factories import ACTOR, PERSON, ago, evidence, make_customer

TODAY = dt.date.today()

# What an attacker would put into a name field of a web form or a bought list (OWASP CSV injection).
HOSTILE = (
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1)",
    "\tTabbed",
    "=1+1",
)


def newsletter_id(db: Database) -> int:
    with db.read_session() as s:
        return int(s.execute(select(Purpose.id).where(Purpose.code == "newsletter")).scalar_one())


def contactable(db: Database, n: int = 1, **changes: Any) -> int:
    """A customer with a valid, double-opt-in newsletter e-mail consent (contactable today)."""
    email = changes.pop("email", f"kunde{n}@example.org")
    view = make_customer(db, PERSON, email=email, customer_no=f"K-{n:07d}", **changes)
    with db.session() as s:
        ledger.grant_consent(
            s,
            ACTOR,
            view.id,
            "newsletter",
            Channel.EMAIL,
            evidence(captured_at=ago(days=30), doi_requested_at=ago(days=30), doi_confirmed_at=ago(days=29)),
        )
    return view.id


def set_columns(db: Database, customer_id: int, **columns: Any) -> None:
    """Raw column values, as a careless import might have stored them (no cleaning)."""
    with db.session() as s:
        s.execute(update(Customer).where(Customer.id == customer_id).values(**columns))


def export(
    db: Database, path: Path, segment: Segment | None = None, actor: str = ACTOR, **kw: Any
) -> ExportResult:
    request = ExportRequest(
        kw.pop("purpose_id", None) or newsletter_id(db),
        kw.pop("channel", Channel.EMAIL),
        kw.pop("on", TODAY),
        path,
        segment or Segment(),
        **kw,
    )
    with db.session() as s:
        return run_to_end(export_list(s, actor, request))
