"""Help dialogs: the program version, and what the open database holds (from setup.describe)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from supasoft import __version__
from supasoft.core.errors import SupasoftError
from supasoft.services.session import Session
from supasoft.services.setup import describe


def show_about(parent: QWidget) -> None:
    text = QCoreApplication.translate("About", "<h3>Supasoft %s</h3><p>An open-source CRM constructor: build the objects, fields, tables "
                     "and cards your office needs, then work in them.</p><p>License: MIT</p>") % __version__
    QMessageBox.about(parent, QCoreApplication.translate("About", "About Supasoft"), text)


def database_info_html(parent: QWidget, session: Session) -> str:
    """The describe() summary as a small HTML table."""
    info = describe(session)
    locale = QLocale()
    rows = [
        (QCoreApplication.translate("About", "Edition"), QCoreApplication.translate("About", "Networked") if info["edition"] == "networked" else QCoreApplication.translate("About", "Free (one file)")),
        (QCoreApplication.translate("About", "Database"), info["database"]),
        (QCoreApplication.translate("About", "Engine"), info["engine"]),
        (QCoreApplication.translate("About", "Schema version"), str(info["schema_version"])),
        (QCoreApplication.translate("About", "Structure version"), str(info["structure_version"])),
        (QCoreApplication.translate("About", "Template"), str(info["template"] or "")),
        (QCoreApplication.translate("About", "Program version"), info["version"]),
    ]
    body = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows)
    objects = "".join(f"<tr><td>{html.escape(o['plural'])}</td><td align='right'>{locale.toString(o['records'])}</td></tr>"
                      for o in info["objects"])
    records = html.escape(QCoreApplication.translate("About", "Records"))
    return (f"<table cellspacing='6'>{body}</table><h4>{records}</h4>"
            f"<table cellspacing='4'>{objects}</table>")


def show_database_info(parent: QWidget, session: Session) -> None:
    try:
        text = database_info_html(parent, session)
    except SupasoftError as exc:
        text = html.escape(str(exc))
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("About", "Database information"), text, parent=parent)
    box.exec()
