"""Rendering of report content (desktop_app.services.reports) into A4 pages with Qt: PDF, printer, preview.

Needs a QGuiApplication (output.ensure_gui_application creates one for the CLI) but no widgets.
Typical use::

    paged = PagedReport(build_processing_record(session, "de"))
    write_pdf(paged, "record.pdf")
"""
