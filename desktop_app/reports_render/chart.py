"""Bar charts for reports, painted with QPainter into an image at print resolution.

Why an image: a QTextObjectInterface written in Python is never asked to draw by this PySide6, so a
chart cannot be a custom text object. The image is drawn in layout units (1/720 inch) with the same
fonts as the text and scaled to CHART_DPI, so it prints sharp and matches the type around it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QImage, QPainter, QPen

from desktop_app.reports_render.page import MUTED_COLOR, RULE_COLOR, TEXT_COLOR, UNITS_PER_INCH, font, mm, pt
from desktop_app.services.reports.model import BarChart

CHART_DPI = 300
BAR_COLOR = QColor("#3b6ea8")
_ROW = mm(7.5)  # one bar with its gap
_BAR = mm(4.8)
_LABEL_SHARE = 0.36  # of the width, for the labels left of the bars
_GAP = mm(3)
_FONT_PT = 8.5


def chart_height(block: BarChart) -> float:
    """In layout units: one row per bar plus a little air above and below."""
    return max(1, len(block.bars)) * _ROW + mm(2)


def bar_chart_image(block: BarChart, width: float) -> QImage:
    """The chart `width` layout units wide (the text width), as an ARGB image at CHART_DPI."""
    height = chart_height(block)
    scale = CHART_DPI / UNITS_PER_INCH
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    try:
        _paint(painter, block, width)
    finally:
        painter.end()
    return image


def _paint(painter: QPainter, block: BarChart, width: float) -> None:
    label_font, value_font = font(_FONT_PT), font(_FONT_PT, bold=True)
    labels, values = QFontMetricsF(label_font), QFontMetricsF(value_font)
    label_width = width * _LABEL_SHARE
    widest_value = max((values.horizontalAdvance(bar.shown) for bar in block.bars), default=0)
    bar_left = label_width + _GAP
    bar_room = max(mm(10), width - bar_left - _GAP - widest_value)
    largest = max((bar.value for bar in block.bars), default=0)
    axis = QPen(RULE_COLOR)
    axis.setWidthF(pt(0.6))
    painter.setPen(axis)
    painter.drawLine(QPointF(bar_left, mm(1)), QPointF(bar_left, mm(1) + len(block.bars) * _ROW))
    for index, item in enumerate(block.bars):
        top = mm(1) + index * _ROW
        row = QRectF(0, top, label_width, _ROW)
        painter.setFont(label_font)
        painter.setPen(TEXT_COLOR)
        shown = labels.elidedText(item.label, Qt.TextElideMode.ElideRight, label_width - mm(1))
        painter.drawText(row, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shown)
        length = bar_room * item.value / largest if largest else 0.0
        bar = QRectF(bar_left, top + (_ROW - _BAR) / 2, length, _BAR)
        if length > 0:
            painter.fillRect(bar, QBrush(BAR_COLOR))
        painter.setFont(value_font)
        painter.setPen(MUTED_COLOR if item.value == 0 else TEXT_COLOR)
        painter.drawText(
            QRectF(bar.right() + mm(1.5), top, widest_value + mm(2), _ROW),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            item.shown,
        )
