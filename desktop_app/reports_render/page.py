"""The A4 page: layout units, fonts, margins, and the header and footer painted on every page.

Layout unit: 1/720 inch (a tenth of a point). The document is laid out once in these units with
design metrics and fonts sized in pixels of this unit, so the pagination does not depend on the
screen's DPI (72 on macOS, 96 elsewhere) and the preview shows exactly the pages the PDF gets; each
output device only scales the painter.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from desktop_app.services.reports.model import Report

UNITS_PER_INCH = 720.0
UNITS_PER_MM = UNITS_PER_INCH / 25.4
UNITS_PER_PT = UNITS_PER_INCH / 72.0

# Sans-serif families that ship with Windows, macOS and common Linux desktops, in order of preference;
# Qt takes the first one installed and falls back to its sans-serif default after that.
FONT_FAMILIES = ["Arial", "Helvetica", "Liberation Sans", "DejaVu Sans", "Noto Sans", "Segoe UI"]

TEXT_COLOR = QColor("#1a1a1a")
MUTED_COLOR = QColor("#555555")
RULE_COLOR = QColor("#9a9a9a")
WARNING_COLOR = QColor("#a4262c")


NAME_SIZES = (10.5, 9.5, 8.5, 8.0)


def mm(value: float) -> float:
    return value * UNITS_PER_MM


def pt(value: float) -> float:
    return value * UNITS_PER_PT


def font(size_pt: float, *, bold: bool = False, italic: bool = False) -> QFont:
    result = QFont()
    result.setFamilies(FONT_FAMILIES)
    result.setStyleHint(QFont.StyleHint.SansSerif)
    result.setPixelSize(round(pt(size_pt)))
    result.setBold(bold)
    result.setItalic(italic)
    # Hinting snaps glyphs to the layout grid, which is not the device grid here; kerning stays on.
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result


@dataclass(frozen=True)
class PageGeometry:
    width: float = mm(210)
    height: float = mm(297)
    left: float = mm(20)
    right: float = mm(18)
    top: float = mm(32)  # body starts below the letterhead
    bottom: float = mm(22)  # body ends above the footer
    header_top: float = mm(10)
    header_rule: float = mm(26)
    footer_rule: float = mm(297 - 16)

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right


A4 = PageGeometry()


def paint_header_footer(
    painter: QPainter, report: Report, page: int, pages: int, geo: PageGeometry = A4
) -> None:
    """Letterhead, report title and page marker on top; creation time, audit anchor, page number below.

    `painter` works in layout units with the page's top-left corner at the origin.
    """
    painter.save()
    head = report.letterhead
    left, right = geo.left, geo.width - geo.right
    half = (right - left) * 0.62
    y = geo.header_top
    name_font = _fitting(head.name, half, bold=True, italic=head.name_missing)
    painter.setFont(name_font)
    painter.setPen(WARNING_COLOR if head.name_missing else TEXT_COLOR)
    y = _line(painter, name_font, head.name, left, y, half)
    small = font(8)
    painter.setFont(small)
    painter.setPen(MUTED_COLOR)
    for text in (" · ".join(head.address_lines), head.contact_line):
        if text:
            y = _line(painter, small, text, left, y, half)

    y = geo.header_top
    title_font = font(8.5, bold=True)
    painter.setFont(title_font)
    painter.setPen(TEXT_COLOR)
    y = _line(painter, title_font, report.title, left, y, right - left, Qt.AlignmentFlag.AlignRight)
    if report.page_marker:
        marker_font = font(9, bold=True)
        painter.setFont(marker_font)
        _line(
            painter,
            marker_font,
            report.page_marker,
            left,
            y + pt(1),
            right - left,
            Qt.AlignmentFlag.AlignRight,
        )

    pen = QPen(RULE_COLOR)
    pen.setWidthF(pt(0.5))
    painter.setPen(pen)
    painter.drawLine(QPointF(left, geo.header_rule), QPointF(right, geo.header_rule))
    painter.drawLine(QPointF(left, geo.footer_rule), QPointF(right, geo.footer_rule))

    footer = font(7.5)
    painter.setFont(footer)
    painter.setPen(MUTED_COLOR)
    y = geo.footer_rule + mm(1.5)
    stamp = f"{report.page_texts.created} · {report.page_texts.audit}"
    _line(painter, footer, stamp, left, y, (right - left) * 0.75)
    page_text = report.page_texts.page_of.format(page=page, pages=pages)
    _line(painter, footer, page_text, left, y, right - left, Qt.AlignmentFlag.AlignRight)
    painter.restore()


def _fitting(text: str, width: float, *, bold: bool, italic: bool) -> QFont:
    """The letterhead's name at 10.5 pt, or smaller (down to 8 pt) rather than cut off."""
    for size in NAME_SIZES:
        used = font(size, bold=bold, italic=italic)
        if QFontMetricsF(used).horizontalAdvance(text) <= width:
            return used
    return used


def _line(
    painter: QPainter,
    used: QFont,
    text: str,
    x: float,
    y: float,
    width: float,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> float:
    """Draws one line, elided rather than running into the other column; returns the next line's y."""
    metrics = QFontMetricsF(used)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    height = metrics.height()
    painter.drawText(QRectF(x, y, width, height), int(align | Qt.AlignmentFlag.AlignTop), shown)
    return y + height * 1.08
