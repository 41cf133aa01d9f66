"""What an import will store, task by task, for the window's preview (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass

from chizhou_desk.domain import ImportedTable
from chizhou_desk.units import UnitRegistry, load_city_registry


@dataclass
class PreviewRow:
    no: str
    text: str
    lead: str  # canonical names as stored, joined with 、
    coop: str
    status: str
    progress: str


def registry_for(registry: UnitRegistry, table: ImportedTable) -> UnitRegistry:
    """The database's units (`registry`); without any yet, the shipped list of the table's city."""
    if registry.units():
        return registry
    hint = " ".join((table.plan.city, table.plan.doc_no, table.plan.title, table.source))
    found = load_city_registry(hint)
    return UnitRegistry(found[1]) if found else registry


def preview_rows(table: ImportedTable, registry: UnitRegistry, limit: int = 8) -> tuple[list[PreviewRow], list[str]]:
    """The first tasks as they will be stored, and every unit name the registry does not know
    (none for a registry without units: a new city's first list makes the registry)."""
    unknown: list[str] = []
    cache: dict[str, tuple[list[str], list[str]]] = {}

    def names(cells: list[str]) -> list[str]:
        return registry.split_cells(cells, cache, unknown)

    rows = []
    for i, task in enumerate(table.tasks):
        lead, coop = names(task.lead_units), names(task.coop_units)
        if i < limit:
            entry = table.entries.get(task.no)
            rows.append(PreviewRow(task.no, task.text, "、".join(lead), "、".join(c for c in coop if c not in lead),
                                   (entry.status or "") if entry else "", entry.progress if entry else ""))
    return rows, unknown if registry.units() else []
