"""The `import` command of the CLI: lists, progress tables, report texts and units' submissions."""

import argparse
import sys
from pathlib import Path

from chizhou_desk import periods as P

_ROLES_HELP = ("task(任务内容) no(序号) lead(牵头单位) coop(配合单位) leader(责任领导) deadline(完成时限) "
               "status(工作评价) progress(进展情况) plan(下步安排) reason(未达预期原因) note(备注) "
               "source(任务来源) extra(保留) ignore(忽略)")


def add_import_parser(sub, common) -> None:
    s = sub.add_parser(
        "import", parents=[common], help="导入清单、进展表、报告文本或单位报送表",
        description="导入责任清单或进展表(.xlsx/.xls/.et/.ods/.csv/.docx/网页 .html/文本)、报告文本或单位报送表。"
                    "多个文件一起导入时，全部成功或全部不导入。程序先识别表头行和各列的含义，"
                    "把握不大时说明识别结果和补充方法。",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    s.add_argument("files", nargs="+", metavar="FILE", help="要导入的文件")
    s.add_argument("--period", metavar="KEY",
                   help="期间(表头、标题和文件名都未标明时，或文件中没有年份时)：2025-05、1-5月、2025年1-5月、上半年")
    s.add_argument("--map", dest="mapping", metavar="列=角色,…",
                   help=f"指定各列的含义，如 \"B=task,C=lead,E=progress\"。角色：{_ROLES_HELP}")
    s.add_argument("--header-row", type=int, metavar="N", help="表头所在的行号(从 1 起)")
    s.add_argument("--sheet", metavar="名称或序号",
                   help="读取哪个工作表(默认：自动选择含表头的；几个工作表表头相同时须指定)")
    s.add_argument("--dry-run", action="store_true",
                   help="只显示识别结果和前几项任务将如何保存，不写入数据库")
    s.add_argument("--new-period", action="store_true",
                   help="单位报送表所报的期间本库尚未建立时，先新建该期间再导入(办公室汇总用)")


def cmd_import(args) -> int:
    from chizhou_desk.errors import InputError
    from chizhou_desk.imports import read_file

    if args.header_row is not None and args.header_row < 1:
        raise InputError(f"--header-row 应为从 1 起的行号：{args.header_row}")
    remembered = _remembered(args)
    options = dict(mapping=args.mapping, header_row=None if args.header_row is None else args.header_row - 1,
                   remembered=remembered)
    if args.dry_run:  # nothing is written; submissions are compared with the database in one pass
        from chizhou_desk.office import dry_run_submissions

        lines, lists = dry_run_submissions(args.files, args.db, args.period)
        for line in lines:
            print(line)
        for f in lists:
            _dry_run(f, args, options)
        return 0
    tables = [read_file(f, args.period, sheet=_sheet_index(f, args.sheet), **options)
              for f in args.files]  # read all before writing any
    for table in tables:
        if table.ignored_columns:
            print(f"{table.source}: 未识别的列(按原列名保存为附加信息)：{'、'.join(table.ignored_columns)}",
                  file=sys.stderr)
    results = _merge(args, tables)
    from chizhou_desk.logs import log

    for table, r in zip(tables, results, strict=True):  # reported only once committed
        if hasattr(table, "verdict"):  # the office's 审核意见单: its comments are stored
            log.info("import %s: the office's feedback, period %s", r.source, r.period_key)
            print("\n".join(f"{r.source}: {line}" for line in r.notes))
            continue
        log.info("import %s: +%d tasks, %d changed, %d entries, period %s", r.source, r.tasks_added,
                 r.tasks_changed, r.entries_changed, r.period_key)
        print(f"{r.source}: 新增任务 {r.tasks_added}，更新任务 {r.tasks_changed}，"
              f"更新进展 {r.entries_changed}，期间 {r.period_key or '无'}")
        if r.unknown_units:  # once, with the count: a new city's list names dozens
            print(f"{r.source}: 未登记的单位 {len(r.unknown_units)} 个(原样保留)：{'、'.join(r.unknown_units)}",
                  file=sys.stderr)
        if r.kept:
            print(f"{r.source}: 本库已填写的内容未被覆盖：{'、'.join(r.kept)}", file=sys.stderr)
        for line in r.conflicts + r.notes:
            print(f"{r.source}: {line}", file=sys.stderr)
    return 0


def _merge(args, tables: list) -> list:
    """All the tables in one transaction; with --new-period, the periods units' files report are
    opened in it (without, refused naming `period new`)."""
    from chizhou_desk.cli_common import open_db
    from chizhou_desk.errors import InputError, OtherList
    from chizhou_desk.office import periods_to_open

    with open_db(args, create=True) as store:
        opening = periods_to_open(store, tables)
        if opening and not args.new_period:
            raise InputError(_period_missing(opening))
        try:
            results = store.import_tables(tables, new_periods=opening)
        except OtherList as exc:  # the window offers 新建数据库并导入; here, a new --db
            from chizhou_desk.new_db_name import list_db_name

            plan = next(t.plan for t in tables if getattr(t, "plan", None))
            raise InputError(f"{exc}：用 --db 指定一个新的数据库文件，如 --db {list_db_name(plan)}") from None
    for key in opening:
        print(f"已新建期间 {key}({P.label(key)})", file=sys.stderr)
    return results


def _period_missing(keys: list[str]) -> str:
    """The refusal when units' files report a period the office has not opened: the two ways on."""
    labels = "、".join(f"{P.label(k)}({k})" for k in keys)
    return (f"本库没有期间 {labels}(期间由办公室建立)，未导入。请先新建期间："
            f"chizhou-desk period new {keys[0]}，或导入时加 --new-period")


def _remembered(args) -> dict:
    """Layouts settled earlier in this database (read only; a missing database has none)."""
    import sqlite3

    from chizhou_desk.layouts import remembered
    from chizhou_desk.paths import default_db_path

    path = Path(args.db) if args.db else default_db_path()
    if not path.is_file():
        return {}
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return {}
    try:
        return remembered(conn)
    finally:
        conn.close()


def _sheet_index(path: str, sheet: str | None) -> int | None:
    if sheet is None:
        return None
    if sheet.isdigit():
        return int(sheet) - 1
    from chizhou_desk.errors import InputError
    from chizhou_desk.imports.grid import open_workbook

    names = open_workbook(Path(path)).sheet_names
    if sheet not in names:
        raise InputError(f"没有工作表“{sheet}”(有：{'、'.join(names)})", file=path)
    return names.index(sheet)


def _dry_run(path: str, args, options: dict) -> None:
    from chizhou_desk.domain import ImportedTable
    from chizhou_desk.errors import InputError
    from chizhou_desk.imports.detect import propose_file
    from chizhou_desk.imports.engine import build, describe

    found, _ = propose_file(path, args.period, sheet=_sheet_index(path, args.sheet), **options)
    if isinstance(found, ImportedTable):
        period = P.label(found.period_key) if found.period_key else "无期间"
        print(f"{path}: 单位报送表({found.unit}，{period})，{len(found.tasks)} 项任务")
        return
    print(f"{path}:")
    print(describe(found))
    try:
        table = build(found, Path(path))
    except InputError as exc:
        print(f"将不能导入：{exc}")
        return
    from chizhou_desk.imports.preview import preview_rows

    rows, unknown = preview_rows(table, _registry(args, table), limit=5)
    print(f"将导入 {len(table.tasks)} 项任务" + (f"，{len(table.entries)} 项进展" if table.entries else "")
          + ("；" + "不确定，需要先按上面的方法指定" if not found.confident else "") + "。前几项(按将保存的样子)：")
    for row in rows:
        coop = f"；配合：{row.coop}" if row.coop else ""
        status = f" [{row.status}]" if row.status else ""
        progress = f" 进展：{row.progress[:30]}" if row.progress else ""
        print(f"  {row.no}. {row.text[:40]} | 牵头：{row.lead or '(无牵头单位)'}{coop}{status}{progress}")
    if unknown:
        print(f"未登记的单位 {len(unknown)} 个(将原样保留)：{'、'.join(unknown)}")


def _registry(args, table):
    """The units the import would resolve names against: the database's, else the city's list."""
    from chizhou_desk.imports.preview import registry_for
    from chizhou_desk.paths import default_db_path
    from chizhou_desk.store import Store
    from chizhou_desk.units import UnitRegistry

    path = Path(args.db) if args.db else default_db_path()
    if not path.is_file():
        return registry_for(UnitRegistry(), table)
    with Store(path, read_only=True) as store:
        return registry_for(store.registry(), table)
