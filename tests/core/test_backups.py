from datetime import date

from chizhou_desk.backups import backup_folder, daily_backup
from chizhou_desk.store import Store


def test_one_copy_a_day_that_opens_with_the_same_data(store):
    first = daily_backup(store, date(2025, 6, 1))
    assert first is not None and first.parent == backup_folder(store.path)
    assert daily_backup(store, date(2025, 6, 1)) is None  # today's copy exists
    with Store(first) as copy:
        assert copy.content_checksum() == store.content_checksum()


def test_old_copies_beyond_the_limit_are_dropped(store):
    for day in range(1, 6):
        daily_backup(store, date(2025, 6, day), keep=3)
    names = sorted(p.name for p in backup_folder(store.path).iterdir())
    assert names == ["test-20250603.db", "test-20250604.db", "test-20250605.db"]
