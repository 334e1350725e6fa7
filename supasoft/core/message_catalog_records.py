"""Polish and Russian texts of the record services' messages (merged into message_catalog), keyed by the English template."""

from __future__ import annotations

CIRCLE = ("The totals of {objects} could not be brought up to date: {codes} take part in a circle of records that each "
          "add up the other (for example a record that is its own parent through its links). The change was not saved; "
          "change the link that closes the circle.")

POLISH: dict[str, str] = {
    "Object #{id} does not exist": "Obiekt #{id} nie istnieje",
    "Link #{id} does not exist": "Powiązanie #{id} nie istnieje",
    "No user #{id} to own this record": "Nie ma użytkownika #{id}, który mógłby być właścicielem tego rekordu",
    "There is no object named {name!r}": "Nie ma obiektu o nazwie {name!r}",
    CIRCLE: "Nie udało się zaktualizować sum ({objects}): {codes} tworzą krąg rekordów, które sumują się nawzajem "
            "(na przykład rekord, który przez swoje powiązania jest swoim własnym rodzicem). Zmiana nie została "
            "zapisana; zmień powiązanie, które zamyka krąg.",
}

RUSSIAN: dict[str, str] = {
    "Object #{id} does not exist": "Объект #{id} не существует",
    "Link #{id} does not exist": "Связь #{id} не существует",
    "No user #{id} to own this record": "Нет пользователя #{id}, который мог бы владеть этой записью",
    "There is no object named {name!r}": "Нет объекта с именем {name!r}",
    CIRCLE: "Не удалось обновить итоги ({objects}): {codes} образуют круг записей, которые суммируют друг друга "
            "(например, запись, которая через свои связи является собственным родителем). Изменение не сохранено; "
            "измените связь, которая замыкает круг.",
}
