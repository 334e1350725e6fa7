"""`supasoft-admin webhooks add|list|pause|resume|remove|resend|send|log`: webhook definitions, the event log and the sender.

Needs the configure right (--user of an administrator once the database has users). `add` prints the hook's
secret once: the receiver checks X-Supasoft-Signature with it. `send --once` delivers what is due and exits
(for cron); `send` keeps delivering until interrupted (the desktop app and `serve` run the same sender).
"""

from __future__ import annotations

import argparse
import json
import threading
from typing import TYPE_CHECKING, Any

from supasoft.core.errors import NotFound, SupasoftError
from supasoft.core.messages import Message

if TYPE_CHECKING:
    from supasoft.settings import Settings


def add_webhooks_command(sub: Any) -> None:
    """The `webhooks` command group of the parser."""
    hooks = sub.add_parser("webhooks", help="webhooks: add, list, remove, resend failed events, send, show the event log")
    actions = hooks.add_subparsers(dest="webhooks_command", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add a hook NAME on OBJECT posting to URL; prints its secret once")
    add.add_argument("name")
    add.add_argument("--object", required=True, help="object name, singular or plural")
    add.add_argument("--url", required=True, help="http:// or https:// address of the receiver")
    add.add_argument("--kind", choices=("notify", "veto"), default="notify",
                     help="notify: an event after the change; veto: asked before saving, may refuse")
    add.add_argument("--events", default="create,update,delete", help="comma-separated: create,update,delete")
    add.add_argument("--fields", default="", help="comma-separated field names: updates only when one of them changes")
    add.add_argument("--filter", help='a saved-filter JSON ({"mode": "and", "items": [...]}): only records it keeps')
    add.add_argument("--timeout", type=float, help="seconds the receiver may take (veto default 5, notify 10)")
    add.add_argument("--on-timeout", choices=("allow", "refuse"), default="refuse", help="veto: what no answer in time means")
    add.add_argument("--allow-private", action="store_true", help="allow an address on a private network or this computer")
    add.add_argument("--max-attempts", type=int, help="tries before an event is marked failed (default 8)")
    add.add_argument("--secret", help="the signing secret (default: a new random one)")
    listing = actions.add_parser("list", help="the hooks")
    listing.add_argument("--json", action="store_true")
    remove = actions.add_parser("remove", help="delete the hook NAME (or #ID) and its events")
    remove.add_argument("hook")
    for action, text in (("pause", "pause the hook NAME (or #ID): no new events, waiting ones stay"),
                         ("resume", "take the paused hook NAME (or #ID) up again")):
        actions.add_parser(action, help=text).add_argument("hook")
    resend = actions.add_parser("resend", help="send failed events again (all, a hook's, or chosen ones)")
    resend.add_argument("--hook", help="only this hook's (NAME or #ID)")
    resend.add_argument("--event", type=int, action="append", help="only this event (sequence number); repeat for several")
    send = actions.add_parser("send", help="deliver the events that are due (until interrupted, or once)")
    send.add_argument("--once", action="store_true", help="one pass, then exit")
    send.add_argument("--poll", type=float, default=2.0, help="seconds between passes (default 2)")
    log = actions.add_parser("log", help="the newest events with their status, tries and last error")
    log.add_argument("--hook", help="only this hook's (NAME or #ID)")
    log.add_argument("--status", choices=("pending", "sending", "sent", "failed"))
    log.add_argument("--limit", type=int, default=50)
    log.add_argument("--json", action="store_true")


def run_webhooks_command(args: argparse.Namespace, settings: Settings) -> int:
    from supasoft.cli.connect import open_for
    from supasoft.services.webhooks import WebhookService

    session = open_for(args, settings, create=False, rights=("configure",))
    try:
        service = WebhookService(session.storage, session.access, session.actor, lambda: session.configuration.config)
        command = args.webhooks_command
        if command == "send":
            return _send(session, args)
        return {"add": _add, "list": _list, "remove": _remove, "resend": _resend, "log": _log,
                "pause": _pause, "resume": _pause}[command](session, service, args)
    finally:
        session.close()


def _hook_id(service: Any, named: str | None) -> int | None:
    if named is None:
        return None
    if named.startswith("#") and named[1:].isdigit():
        return service.hook(int(named[1:])).id
    found = [h for h in service.hooks() if h.name.casefold() == named.strip().casefold()]
    if not found:
        raise NotFound(Message("There is no webhook named {name}", name=named))
    return int(found[0].id)


def _add(session: Any, service: Any, args: argparse.Namespace) -> int:
    from supasoft.services.import_mapping import find_field, find_object
    from supasoft.services.webhooks import HookSpec, filter_from_json

    obj = find_object(session.configuration.config, args.object)
    fields = tuple(find_field(obj, name) for name in args.fields.split(",") if name.strip())
    if any(fid <= 0 for fid in fields):
        raise SupasoftError("--fields: name fields of the object (the Code never changes)")
    try:
        flt = filter_from_json(args.filter) if args.filter else None
    except (ValueError, TypeError, KeyError):
        raise SupasoftError("--filter is not a saved-filter JSON") from None
    spec = HookSpec(args.name, obj.id, args.url, kind=args.kind, events=tuple(e.strip() for e in args.events.split(",") if e.strip()),
                    fields=fields, filter=flt, timeout=args.timeout, on_timeout=args.on_timeout,
                    allow_private=args.allow_private, max_attempts=args.max_attempts, secret=args.secret)
    hook = service.add(spec)
    print(f"webhook #{hook.id} {hook.name} added")
    print(f"secret: {hook.secret}")
    return 0


def _list(session: Any, service: Any, args: argparse.Namespace) -> int:
    config = session.configuration.config
    names = {o.id: o.name for o in config.objects}
    rows = [{"id": h.id, "name": h.name, "object": names.get(h.object_id, h.object_id),
             "url": h.url, "kind": h.kind, "events": list(h.events), "active": h.active,
             **{k: v for k, v in h.settings.items() if k != "owner_id"}} for h in service.hooks()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    for r in [] if args.json else rows:
        print(f"#{r['id']}\t{r['name']}\t{r['object']}\t{r['kind']}\t{','.join(r['events'])}\t{r['url']}"
              + ("" if r["active"] else "\tpaused"))
    return 0


def _remove(session: Any, service: Any, args: argparse.Namespace) -> int:
    hook_id = _hook_id(service, args.hook)
    service.remove(hook_id)
    print(f"webhook #{hook_id} removed")
    return 0


def _pause(session: Any, service: Any, args: argparse.Namespace) -> int:
    hook = service.set_active(_hook_id(service, args.hook), args.webhooks_command == "resume")
    print(f"webhook #{hook.id} {'active' if hook.active else 'paused'}")
    return 0


def _resend(session: Any, service: Any, args: argparse.Namespace) -> int:
    count = service.resend(event_ids=args.event, hook_id=_hook_id(service, args.hook))
    print(f"{count} failed event(s) will be sent again")
    return 0


def _log(session: Any, service: Any, args: argparse.Namespace) -> int:
    events = service.log(_hook_id(service, args.hook), args.status, max(1, args.limit))
    if args.json:
        print(json.dumps([{"sequence": e.id, "hook": e.hook_id, "event": e.event, "record": e.record_id,
                           "created_at": e.created_at.isoformat(), "status": e.status, "attempts": e.attempts,
                           "sent_at": e.sent_at.isoformat() if e.sent_at else None, "last_error": e.last_error,
                           "payload": json.loads(e.payload)}
                          for e in events], ensure_ascii=False, indent=2))
        return 0
    for e in events:
        print(f"{e.id}\t#{e.hook_id}\t{e.event}\trecord {e.record_id}\t{e.status}\t{e.attempts} tries"
              + (f"\t{e.last_error}" if e.last_error else ""))
    return 0


def _send(session: Any, args: argparse.Namespace) -> int:
    from supasoft.services.webhook_sender import WebhookSender

    sender = WebhookSender(session.storage)
    if args.once:
        done = sender.send_due()
        print(f"sent {done.sent}, to retry {done.retried}, failed {done.failed}")
        return 0
    stop = threading.Event()
    try:
        while not stop.is_set():
            done = sender.send_due()
            if done.sent or done.retried or done.failed:
                print(f"sent {done.sent}, to retry {done.retried}, failed {done.failed}", flush=True)
            stop.wait(max(0.1, args.poll))
    except KeyboardInterrupt:
        pass
    return 0
