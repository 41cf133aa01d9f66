"""Where a database made for a new list goes by default: the user data folder (beside the
program's own database, in portable mode its data folder), named after the list's city and year,
never over a file that is there."""

import re
from pathlib import Path

from chizhou_desk.paths import data_dir

_CITY_IN_NAME = re.compile(r"^(?:.{0,8}?省)?(.{2,6}?)市")


def list_db_name(plan) -> str:
    """黄山市2025年重点工作.db from a Plan (city, else the city its name starts with; year)."""
    city = (plan.city or "").strip()
    if not city:
        m = _CITY_IN_NAME.match("".join((plan.title or "").split()))
        city = m.group(1) if m and not re.search(r"\d", m.group(1)) else ""
    city = city.removesuffix("市")
    name = f"{city}市{plan.year}年重点工作" if city else f"{plan.year}年重点工作"
    return re.sub(r'[\\/:*?"<>|]', "", name) + ".db"


def suggested_db_path(tables: list, folder: Path | None = None) -> Path:
    """The default path of a new database for `tables` (the first list's plan names it)."""
    folder = folder or data_dir()
    plan = next((t.plan for t in tables if getattr(t, "plan", None) and t.plan.year), None)
    name = list_db_name(plan) if plan else "重点工作.db"
    path = folder / name
    n = 2
    while path.exists():
        path = folder / f"{Path(name).stem}({n}).db"
        n += 1
    return path
