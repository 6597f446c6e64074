"""The counts of a dry run or a finished import as a short HTML text for the wizard."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.enums import Channel
from desktop_app.services.importing import ImportReport
from desktop_app.ui import labels


def _consent_line(key: str, count: int) -> str:
    purpose, channel, status = [*key.split("/"), "", "", ""][:3]
    try:
        channel_text = labels.label(labels.CHANNELS, Channel(channel))
    except ValueError:
        channel_text = channel
    statuses = {
        "granted": QCoreApplication.translate("ImportSummary", "granted"),
        "pending": QCoreApplication.translate("ImportSummary", "awaiting double opt-in"),
        "refused": QCoreApplication.translate("ImportSummary", "refused"),
        "withdrawn": QCoreApplication.translate("ImportSummary", "withdrawn"),
    }
    return f"{escape(purpose)} · {escape(channel_text)} · {escape(statuses.get(status, status))}: {count}"


def counts_html(report: ImportReport, *, committed: bool) -> str:
    counts = report.counts
    if committed:
        rows = [
            (QCoreApplication.translate("ImportSummary", "New customers created"), counts.new),
            (QCoreApplication.translate("ImportSummary", "Existing customers updated"), counts.updated),
        ]
    else:
        rows = [
            (QCoreApplication.translate("ImportSummary", "New customers"), counts.new),
            (QCoreApplication.translate("ImportSummary", "Existing customers to update"), counts.updated),
        ]
    rows += [
        (QCoreApplication.translate("ImportSummary", "Existing customers unchanged"), counts.unchanged),
        (QCoreApplication.translate("ImportSummary", "Existing customers skipped"), counts.skipped),
        (
            QCoreApplication.translate("ImportSummary", "Duplicates within the file (skipped)"),
            counts.duplicates,
        ),
        (QCoreApplication.translate("ImportSummary", "Rows with errors (not imported)"), counts.errors),
        (
            QCoreApplication.translate("ImportSummary", "Rows blocked by an objection or erasure"),
            counts.blocked,
        ),
        (QCoreApplication.translate("ImportSummary", "Rows with warnings"), counts.warnings),
    ]
    lines = [f"<tr><td>{escape(text)}</td><td align='right'><b>{n}</b></td></tr>" for text, n in rows]
    read = QCoreApplication.translate("ImportSummary", "Rows read: %1").replace("%1", str(counts.rows))
    html = f"<p>{escape(read)}</p><table cellspacing='2'>" + "".join(lines) + "</table>"
    consents = [_consent_line(key, n) for key, n in sorted(counts.consents.items())]
    if committed:
        title = QCoreApplication.translate("ImportSummary", "Consents recorded")
    else:
        title = QCoreApplication.translate("ImportSummary", "Consents to record")
    none = QCoreApplication.translate("ImportSummary", "none")
    html += f"<p><b>{escape(title)}</b><br>" + ("<br>".join(consents) or escape(none)) + "</p>"
    if report.needs_merge_policy:
        text = QCoreApplication.translate(
            "ImportSummary",
            "Some rows match customers already in the database: go back and choose what happens to them.",
        )
        html += f"<p><b>{escape(text)}</b></p>"
    return html
