"""The start-up failure dialog tells a malformed client.ini in the user's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft.core.errors import ConfigError
from supasoft.settings import load_settings
from supasoft.shell.startup import explain


def _bad_ini(tmp_path: Path) -> ConfigError:
    ini = tmp_path / "client.ini"
    ini.write_text("[Interface]\nShowConfigurator=perhaps\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(ini)
    return caught.value


def test_a_malformed_client_ini_is_explained_in_polish(tmp_path: Path, translations) -> None:  # type: ignore[no-untyped-def]
    english = explain(_bad_ini(tmp_path)).split("\n\n")[0]
    translations("pl")
    polish = explain(_bad_ini(tmp_path)).split("\n\n")[0]
    assert "ShowConfigurator" in polish and polish != english
    assert "tak/nie" in polish or "0 lub 1" in polish, polish
