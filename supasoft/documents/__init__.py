"""Word documents from templates in the UI: the templates dialog, placeholders, preview, filling from cards and tables."""
