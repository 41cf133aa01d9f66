"""The `export` and `summary` commands of the CLI (ARCHITECTURE: Command line); openpyxl is imported inside."""

import sys


def cmd_export(args) -> int:
    """export --unit U --period KEY -o FILE.xlsx|.zip: the unit's 报送表 (or 报送包); gaps are reported, not fatal."""
    from chizhou_desk.cli_common import open_db, period_of
    from chizhou_desk.exports.package import export_package
    from chizhou_desk.exports.submission import export_submission

    write = export_package if args.output.lower().endswith(".zip") else export_submission  # 报送包
    with open_db(args) as store:
        key = period_of(store, args.period)
        result = write(store, args.unit, key, args.output, options=_options(args),
                       filler={"person": args.filler, "phone": args.phone})
    _report(result)
    return 0


def cmd_summary(args) -> int:
    """summary --period KEY -o FILE.xlsx: every task of the period, all units."""
    from chizhou_desk.cli_common import open_db, period_of
    from chizhou_desk.exports.summary import export_summary

    with open_db(args) as store:
        key = period_of(store, args.period)
        result = export_summary(store, key, args.output, options=_options(args))
    _report(result)
    return 0


def _options(args):
    from chizhou_desk.errors import InputError
    from chizhou_desk.exports.layout import ExportOptions

    names = [c.strip() for c in args.extra_columns.split(",") if c.strip()]
    unknown = [c for c in names if c not in ("light", "reason", "indicator")]
    if unknown:
        raise InputError(f"--with: 未知的列 {'、'.join(unknown)}(可选：light、reason、indicator)")
    return ExportOptions(light="light" in names, reason="reason" in names, indicator="indicator" in names)


def _report(result) -> None:
    print(f"{result.path}: {result.rows} 项")
    for problem in result.problems:
        print(f"未就绪：{problem}", file=sys.stderr)
