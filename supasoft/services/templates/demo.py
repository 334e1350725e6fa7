"""Realistic demo data for the Lite configuration (deterministic, so screenshots and tests repeat)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from supasoft.services.record_model import Record
from supasoft.services.records import RecordService
from supasoft.services.templates.demo_texts import DEMO_TEXTS
from supasoft.services.templates.lite_texts import translator


def _set(record: Record, ids: dict[str, int], **values: object) -> Record:
    for key, value in values.items():
        record.values[ids[key.replace("__", ".")]] = value
    return record


def add_demo_data(records: RecordService, ids: dict[str, int], seed: int = 7, language: str = "en") -> int:
    """Add clients, contacts, products, orders with lines, payments, calls, notes and tasks; returns how many records."""
    t, texts = translator(language), DEMO_TEXTS[language]
    rng = random.Random(seed)
    today = dt.date(2026, 11, 20)
    count = 0
    products = []
    for name, unit, price in texts.products:
        products.append(records.save(_set(records.new(ids["product"]), ids, product__name=name, product__unit=unit, product__price=price)))
        count += 1
    for n, (kind, name, city) in enumerate(texts.companies):
        client = records.save(_set(records.new(ids["client"]), ids, client__kind=t(kind), client__name=name, client__city=city,
                                   client__phone=texts.phone(rng.randint(500, 899), rng.randint(100, 999), rng.randint(100, 999)),
                                   client__email=f"{texts.office_mailbox}{n}@example.com", client__website=f"www.example{n}.com",
                                   client__discount=rng.choice(["0", "5", "10"])))
        count += 1
        person = texts.people[n % len(texts.people)]
        records.save(_set(records.new(ids["contact"]), ids, contact__name=person, contact__client=client.id,
                          contact__position=rng.choice(texts.positions), contact__email=f"{texts.contact_mailbox}{n}@example.com"))
        count += 1
        for _ in range(rng.randint(1, 3)):
            order = _set(records.new(ids["order"]), ids, order__client=client.id,
                         order__date=today - dt.timedelta(days=rng.randint(0, 120)),
                         order__status=t(rng.choice(["New", "Confirmed", "Shipped", "Paid"])))
            lines = []
            for product in rng.sample(products, rng.randint(1, 3)):
                lines.append(_set(records.new(ids["line"]), ids, line__product=product.id, line__quantity=str(rng.randint(1, 10))))
            saved = records.save(order, details={_link(records, ids["line.order"]): lines})
            count += 1 + len(lines)
            total = saved.values[ids["order.total"]] or Decimal(0)
            if saved.values[ids["order.status"]] == t("Paid"):
                records.save(_set(records.new(ids["payment"]), ids, payment__client=client.id, payment__order=saved.id,
                                  payment__date=saved.values[ids["order.date"]] + dt.timedelta(days=7), payment__amount=total,
                                  payment__method=t(rng.choice(["Bank transfer", "Card"]))))
                count += 1
        records.save(_set(records.new(ids["call"]), ids, call__client=client.id,
                          call__when=dt.datetime.combine(today - dt.timedelta(days=n), dt.time(9 + n % 8, 30)),
                          call__direction=t(rng.choice(["Incoming", "Outgoing"])), call__subject=texts.call_subject))
        records.save(_set(records.new(ids["note"]), ids, note__client=client.id, note__date=today, note__text=texts.note_text))
        records.save(_set(records.new(ids["task"]), ids, task__client=client.id, task__title=texts.task_title.format(name=name),
                          task__due=today + dt.timedelta(days=rng.randint(1, 14)), task__status=t("Open")))
        count += 3
    return count


def _link(records: RecordService, field_id: int) -> int:
    return next(link.id for link in records.config.links if link.field == field_id)
