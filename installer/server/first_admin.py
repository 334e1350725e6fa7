"""The first Supasoft user of a new server database, named like the administrator's server account.

Staff and administrators sign on with their server account and work as the Supasoft user of the same name,
so the first administrator needs both; the very first user becomes a member of the administrators group.
Run by setup-server.sh: `python first_admin.py URL NAME` (passwords from SUPASOFT_SERVER_PASSWORD and
SUPASOFT_NEW_PASSWORD, never from the command line).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from supasoft.cli_server import NEW_PASSWORD_ENV, _url  # noqa: E402
from supasoft.core.errors import SupasoftError  # noqa: E402
from supasoft.services.session import open_session  # noqa: E402


def main(argv: list[str]) -> int:
    url, login = argv
    try:
        session = open_session(_url(url), create=False)
        try:
            if session.needs_login:
                print(f"first_admin: the database already has Supasoft users; {login} works as the user of the "
                      "same name if there is one (an administrator adds it in Access rights → Users)",
                      file=sys.stderr)
                return 0
            session.users.create_user(login, os.environ.get(NEW_PASSWORD_ENV, ""), full_name=login)
        finally:
            session.close()
    except SupasoftError as exc:
        print(f"first_admin: {exc}", file=sys.stderr)
        return 1
    print(f"first_admin: Supasoft user {login} created (administrator)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
