"""The `import` command of the CLI: lists, progress tables, report texts and units' submissions."""

import sys


def add_import_parser(sub, common) -> None:
    s = sub.add_parser("import", parents=[common], help="导入报告文本、清单 xlsx 或单位报送表")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--period", help="期间,如 2025-05(表头未标明时)")


def cmd_import(args) -> int:
    from chizhou_desk.cli import _store
    from chizhou_desk.imports import read_file

    tables = [read_file(f, args.period) for f in args.files]  # read all before writing any
    for table in tables:
        if table.ignored_columns:
            print(f"{table.source}: 未识别的列(按原列名保存为附加信息): {'、'.join(table.ignored_columns)}",
                  file=sys.stderr)
    with _store(args, create=True) as store:
        results = store.import_tables(tables)
    for r in results:  # reported only once committed
        print(f"{r.source}: 新增任务 {r.tasks_added}, 更新任务 {r.tasks_changed}, "
              f"更新进展 {r.entries_changed}, 期间 {r.period_key or '无'}")
        for name in r.unknown_units:
            print(f"{r.source}: 未登记的单位(原样保留): {name}", file=sys.stderr)
        if r.kept:
            print(f"{r.source}: 本库已填写的内容未被覆盖: {'、'.join(r.kept)}", file=sys.stderr)
        for line in r.conflicts + r.notes:
            print(f"{r.source}: {line}", file=sys.stderr)
    return 0


