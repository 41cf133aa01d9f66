"""The user's choices kept between runs, through QSettings (an ini file when a folder is given)."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class AppSettings:
    def __init__(self, settings_dir: str | Path | None = None):
        if settings_dir is not None:
            path = Path(settings_dir) / "chizhou-desk.ini"
            self.qs = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self.qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                "chizhou-desk", "chizhou-desk")

    def _get(self, key: str, default=None):
        value = self.qs.value(key, default)
        return default if value is None else value

    @property
    def own_unit(self) -> str | None:
        return self._get("unit/own") or None

    @own_unit.setter
    def own_unit(self, name: str | None) -> None:
        self.qs.setValue("unit/own", name or "")

    @property
    def filler(self) -> dict:
        return {k: str(self._get(f"filler/{k}", "")) for k in ("name", "phone", "reviewer")}

    def set_filler(self, **values: str) -> None:
        for k, v in values.items():
            self.qs.setValue(f"filler/{k}", v)

    def last_period(self, db_path: str) -> str | None:
        return self._get(f"period/{_key(db_path)}") or None

    def set_last_period(self, db_path: str, key: str) -> None:
        if self.last_period(db_path) != key:  # unchanged: no write (each sync is two fsyncs at start-up)
            self.qs.setValue(f"period/{_key(db_path)}", key)

    def recent_databases(self) -> list[str]:
        value = self._get("recent/databases", [])
        return [value] if isinstance(value, str) else list(value)

    def add_recent_database(self, path: str) -> None:
        recent = self.recent_databases()
        paths = [path] + [p for p in recent if p != path]
        if paths[:MAX_RECENT] != recent:  # the same file opened again: nothing to write
            self.qs.setValue("recent/databases", paths[:MAX_RECENT])

    def bytes(self, key: str) -> QByteArray | None:
        value = self._get(key)
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.qs.setValue(key, value)

    def text(self, key: str, default: str = "") -> str:
        return str(self._get(key, default))

    def set_text(self, key: str, value: str) -> None:
        self.qs.setValue(key, value)

    def sync(self) -> None:
        self.qs.sync()


def _key(db_path: str) -> str:
    # QSettings keys must not hold slashes from a path
    try:  # the builtin digest: hashlib loads OpenSSL, a few ms at start-up
        from _sha1 import sha1
    except ImportError:
        from hashlib import sha1
    return sha1(str(Path(db_path).resolve()).encode()).hexdigest()[:12]
