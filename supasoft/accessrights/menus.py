"""Which main-window menus to show: client.ini switches AND the user's rights (the services stay the lock)."""

from __future__ import annotations

from supasoft.services.access import AccessService


def visible_menus(settings_show_configurator: bool, settings_show_access: bool, access: AccessService) -> set[str]:
    """'configurator' and/or 'access': shown only when client.ini allows them and the user holds the right."""
    shown: set[str] = set()
    if settings_show_configurator and access.allowed("configure"):
        shown.add("configurator")
    if settings_show_access and access.allowed("manage_access"):
        shown.add("access")
    return shown
