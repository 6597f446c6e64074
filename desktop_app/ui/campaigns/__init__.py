"""The Campaigns page's dialogs, preview panel and background worker."""
