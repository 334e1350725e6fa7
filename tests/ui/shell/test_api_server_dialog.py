"""Settings → API server…: off until started, then answers on localhost with a token made in the dialog; stops."""

from __future__ import annotations

import socket

import httpx
from PySide6.QtWidgets import QMenu

from supasoft.api.control import ApiControl
from supasoft.shell.api_server_dialog import install_api_server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_dialog_starts_the_server_makes_a_token_and_stops(qtbot, window, lite) -> None:  # noqa: ANN001
    control = ApiControl(lite)
    install_api_server(window, control)
    settings = window.menuBar().findChild(QMenu, "menu_settings")
    assert "action_api_server" in [a.objectName() for a in settings.actions()]
    window.actions["api_server"].trigger()
    dialog = window.api_server_dialog
    assert control.url is None and dialog.toggle.text() == "Start the server"  # off by default
    dialog.token_name.setText("Sklep internetowy")
    dialog.new_token()
    secret = dialog.token.text()
    assert secret.startswith("sst_")
    dialog.port.setValue(_free_port())
    dialog.toggle.click()
    try:
        assert control.url is not None and control.url.startswith("http://127.0.0.1:")
        assert not control.on_lan
        assert control.url in dialog.state.text()
        answer = httpx.get(f"{control.url}/api/v1/structure", headers={"Authorization": f"Bearer {secret}"}, timeout=30)
        assert answer.status_code == 200
        assert "Client" in {o["name"] for o in answer.json()["objects"]}
    finally:
        dialog.toggle.click()
    assert control.url is None and dialog.toggle.text() == "Start the server"


def test_a_busy_port_is_explained_in_the_dialog(qtbot, window, lite) -> None:  # noqa: ANN001
    control = ApiControl(lite)
    install_api_server(window, control)
    window.actions["api_server"].trigger()
    dialog = window.api_server_dialog
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        dialog.port.setValue(taken.getsockname()[1])
        dialog.toggle.click()
        assert control.url is None
        assert "could not start" in dialog.problem.text()
