"""Remembered import layouts: the column roles a user settled for a header's words."""

from __future__ import annotations

import json


def remembered(conn) -> dict[str, dict]:
    """signature -> {"roles": {column index: role}, "header_rows": n, "lead_rule": …}."""
    try:
        rows = conn.execute("SELECT signature, settings FROM import_layouts").fetchall()
    except Exception:  # a database older than schema 5 opened read-only
        return {}
    return {sig: json.loads(settings) for sig, settings in rows}


def remember(c, proposal, at: str) -> None:
    """Keep a settled proposal's roles (inside the import's transaction)."""
    settings = {"roles": {str(col.index): col.role for col in proposal.columns},
                "header_rows": proposal.header_rows, "lead_rule": proposal.lead_rule}
    c.execute("INSERT INTO import_layouts (signature, settings, updated_at) VALUES (?, ?, ?) "
              "ON CONFLICT (signature) DO UPDATE SET settings = excluded.settings, "
              "updated_at = excluded.updated_at",
              (proposal.signature, json.dumps(settings, ensure_ascii=False), at))
