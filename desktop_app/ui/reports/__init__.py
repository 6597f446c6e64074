"""Report preview and printing windows over desktop_app.reports_render; imported only when used."""
