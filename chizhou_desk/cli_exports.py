"""The `export` and `summary` commands of the CLI (DESIGN §7); openpyxl is imported inside."""

import sys


def cmd_export(args) -> int:
    """export --unit U --period KEY -o FILE.xlsx: the unit's 报送表; gaps are reported, not fatal."""
    from chizhou_desk.cli import _period, _store
    from chizhou_desk.exports.submission import export_submission

    with _store(args) as store:
        key = _period(store, args.period)
        result = export_submission(store, args.unit, key, args.output)
    _report(result)
    return 0


def cmd_summary(args) -> int:
    """summary --period KEY -o FILE.xlsx: every task of the period, all units."""
    from chizhou_desk.cli import _period, _store
    from chizhou_desk.exports.summary import export_summary

    with _store(args) as store:
        key = _period(store, args.period)
        result = export_summary(store, key, args.output)
    _report(result)
    return 0


def _report(result) -> None:
    print(f"{result.path}: {result.rows} 项")
    for problem in result.problems:
        print(f"未就绪: {problem}", file=sys.stderr)
