"""Bulk delete in a Russian interface lists each refused record with the service's reason in Russian."""

from __future__ import annotations

import datetime as dt

from supasoft.services.session import open_session
from supasoft.services.setup import initialize, lite_ids
from supasoft.shell.bulk import delete_many


def test_refusals_in_the_interface_language(qapp, tmp_path, translations) -> None:
    session = open_session(tmp_path / "ru.db")
    try:
        initialize(session, "lite", language="ru")
        ids = lite_ids(session)
        records = session.records
        client = records.new(ids["client"])
        client.values[ids["client.name"]] = "ООО «Калач»"
        client = records.save(client)
        order = records.new(ids["order"])
        order.values.update({ids["order.client"]: client.id, ids["order.date"]: dt.date(2026, 11, 5)})
        records.save(order)
        result = delete_many(records, ids["client"], [client.id], lambda _n, _total: True)
        assert result.failures == [(client.id, "Клиент КЛ-00001 has 1 Заказы; delete them first.")]  # English interface
        translations("ru")
        result = delete_many(records, ids["client"], [client.id], lambda _n, _total: True)
        assert result.failures == [(client.id, "Клиент КЛ-00001: есть связанные записи (Заказы: 1); сначала удалите их.")]
    finally:
        session.close()
