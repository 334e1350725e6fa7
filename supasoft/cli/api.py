"""`supasoft-admin serve`, `token create|list|revoke` and `api log`: the REST API server, its tokens and request log.

Each runs as the logged-in user (--user) and needs the `manage_access` right once the database has users.
The server listens on 127.0.0.1 unless --host names another address (0.0.0.0: the whole LAN).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from supasoft.core.errors import SupasoftError

if TYPE_CHECKING:
    from supasoft.settings import Settings

COMMANDS = ("serve", "token", "api")


def add_api_commands(sub: Any) -> None:
    """The `serve`, `token` and `api` commands of the parser."""
    serve = sub.add_parser("serve", help="run the REST API server (Ctrl+C stops it)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; 0.0.0.0 = the LAN)")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--rate-limit", type=int, default=600, metavar="N", help="requests a minute per token (default 600)")

    token = sub.add_parser("token", help="API tokens: create (shown once), list, revoke")
    actions = token.add_subparsers(dest="token_command", required=True, metavar="ACTION")
    create = actions.add_parser("create", help="a new token acting as USER (no USER in a database without users)")
    create.add_argument("login", nargs="?", default=None, metavar="USER")
    create.add_argument("--name", required=True, help="what the token is for (shown in lists)")
    create.add_argument("--write", action="store_true", help="may also create, change and delete (default: read only)")
    create.add_argument("--objects", help="comma-separated object names the token may use (default: all)")
    create.add_argument("--expires", help="YYYY-MM-DD, or a number of days from now (default: never)")
    listing = actions.add_parser("list", help="every token (never the secret)")
    listing.add_argument("--json", action="store_true")
    revoke = actions.add_parser("revoke", help="the token stops working at once")
    revoke.add_argument("token_id", type=int, metavar="ID")

    api = sub.add_parser("api", help="the API request log")
    api_actions = api.add_subparsers(dest="api_command", required=True, metavar="ACTION")
    log = api_actions.add_parser("log", help="the newest API requests first")
    log.add_argument("--limit", type=int, default=100)
    log.add_argument("--token", type=int, metavar="ID", help="only the requests of this token")
    log.add_argument("--json", action="store_true")


def expiry(text: str | None, today: dt.date | None = None) -> dt.datetime | None:
    """--expires: a date (the token works through that day) or a number of days from now."""
    if text is None:
        return None
    today = today or dt.date.today()
    try:
        day = today + dt.timedelta(days=int(text)) if text.strip().isdigit() else dt.date.fromisoformat(text.strip())
    except ValueError:
        raise SupasoftError(f"--expires {text!r}: write a date as YYYY-MM-DD or a number of days") from None
    if day < today:
        raise SupasoftError(f"--expires {text!r} is in the past")
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time())


def run_api_command(args: argparse.Namespace, settings: Settings) -> int:
    from supasoft.cli.connect import open_for
    from supasoft.services.api_tokens import ApiTokenService

    session = open_for(args, settings, create=False, rights=("manage_access",))
    try:
        if args.command == "serve":
            return _serve(session, args)
        tokens = ApiTokenService(session.storage, session.actor)
        if args.command == "api":
            return _log(tokens, args)
        if args.token_command == "create":
            return _create(session, tokens, args)
        if args.token_command == "list":
            return _list(tokens, args)
        tokens.revoke(args.token_id)
        print(f"Revoked token #{args.token_id}")
        return 0
    finally:
        session.close()


def _serve(session: Any, args: argparse.Namespace) -> int:
    from supasoft.api.server import serve

    if not 0 < args.port < 65536:
        raise SupasoftError("--port must be between 1 and 65535")
    if args.rate_limit < 1:
        raise SupasoftError("--rate-limit must be at least 1")
    print(f"Supasoft API on http://{args.host}:{args.port} (docs: /docs); Ctrl+C stops it", flush=True)
    from supasoft.services.webhook_sender import serve_sender

    webhooks = serve_sender(session.storage)  # webhook events of every client and of the API's writes go out from here
    try:
        serve(session, args.host, args.port, rate_per_minute=args.rate_limit)
    finally:
        webhooks.stop()
    return 0


def _create(session: Any, tokens: Any, args: argparse.Namespace) -> int:
    objects = None
    if args.objects:
        objects = []
        for name in (n.strip() for n in args.objects.split(",") if n.strip()):
            found = session.configuration.config.object_by_name(name)
            if found is None:
                raise SupasoftError(f"--objects: no object {name!r}")
            objects.append(found.id)
    token, secret = tokens.create(args.login, args.name, can_write=args.write, objects=objects, expires_at=expiry(args.expires))
    print(f"Token #{token.id} {token.name!r} for {token.login or 'the single user'} "
          f"({'read and write' if token.can_write else 'read only'}). Copy it now; it is not shown again:")
    print(secret)
    return 0


def _when(value: dt.datetime | None) -> str:
    return value.isoformat(sep=" ", timespec="seconds") if value else ""


def _list(tokens: Any, args: argparse.Namespace) -> int:
    found = tokens.tokens()
    rows = [{"id": t.id, "name": t.name, "user": t.login, "prefix": t.prefix, "write": t.can_write,
             "objects": list(t.objects) if t.objects is not None else None, "expires": _when(t.expires_at),
             "last_used": _when(t.last_used_at), "revoked": t.revoked} for t in found]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        state = "revoked" if r["revoked"] else ("write" if r["write"] else "read")
        print(f"#{r['id']}\t{r['name']}\t{r['user']}\t{r['prefix']}…\t{state}\texpires {r['expires'] or 'never'}\t"
              f"last used {r['last_used'] or 'never'}")
    return 0


def _log(tokens: Any, args: argparse.Namespace) -> int:
    found = tokens.log(max(1, args.limit), args.token)
    if args.json:
        print(json.dumps([{"at": _when(r.at), "token": r.token_id, "user": r.user_id, "method": r.method, "path": r.path,
                           "status": r.status, "ms": r.duration_ms} for r in found], ensure_ascii=False, indent=2))
        return 0
    for r in found:
        print(f"{_when(r.at)}\t#{r.token_id or '-'}\t{r.method}\t{r.path}\t{r.status}\t{r.duration_ms} ms")
    return 0
