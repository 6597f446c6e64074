"""What every report shares: the letterhead, the footer texts with the audit anchor, the file name."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from sqlalchemy.orm import Session

from desktop_app.db.base import utcnow
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import audit
from desktop_app.services.business import BusinessDetails, get_business
from desktop_app.services.reports.model import Block, Letterhead, PageTexts, Report
from desktop_app.services.reports.texts import ReportTexts


def letterhead(business: BusinessDetails, t: ReportTexts) -> Letterhead:
    if not business.is_set:
        return Letterhead(
            name=t(QT_TRANSLATE_NOOP("Reports", "(business name not set — File → Settings)")),
            address_lines=(),
            contact_line="",
            name_missing=True,
        )
    contact = [business.email, business.phone]
    return Letterhead(business.name, business.address_lines, " · ".join(c for c in contact if c))


def not_set(t: ReportTexts) -> str:
    return t(QT_TRANSLATE_NOOP("Reports", "(not set — File → Settings)"))


def file_name(title: str, created_at: dt.datetime, extra: str = "") -> str:
    """A name that survives every file system and mail program: ASCII, no spaces, dated."""
    folded = title.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    folded = folded.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    ascii_title = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9]+", "-", f"{ascii_title} {extra}").strip("-")
    return f"{stem}-{created_at.astimezone().date().isoformat()}.pdf"


def assemble(
    session: Session,
    t: ReportTexts,
    *,
    kind: str,
    title: str,
    subtitle: str,
    blocks: tuple[Block, ...],
    page_marker: str = "",
    business: BusinessDetails | None = None,
    file_extra: str = "",
) -> Report:
    """Wraps content into a report with the letterhead, the creation time and the audit anchor."""
    created = utcnow()
    anchor = audit.current_head(session).short()
    return Report(
        kind=kind,
        language=t.language,
        title=title,
        subtitle=subtitle,
        letterhead=letterhead(business or get_business(session), t),
        created_at=created,
        audit_anchor=anchor,
        page_texts=PageTexts(
            page_of=t(QT_TRANSLATE_NOOP("Reports", "Page {page} of {pages}")),
            created=t(QT_TRANSLATE_NOOP("Reports", "Created {when}"), when=t.date_time(created)),
            #: The position of the audit hash chain when the report was made, e.g. "Audit 123:0a1b…"
            audit=t(QT_TRANSLATE_NOOP("Reports", "Audit {anchor}"), anchor=anchor),
        ),
        blocks=blocks,
        page_marker=page_marker,
        suggested_file_name=file_name(title, created, file_extra),
    )
