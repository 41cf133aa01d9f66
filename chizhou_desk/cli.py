"""The command line (DESIGN §7): the same core functions as the window, scriptable."""

import argparse
import json
import sqlite3
import sys
import time
from pathlib import Path

START = time.perf_counter()  # --quit-when-ready reports from here

from chizhou_desk.cli_backups import add_backup_parsers, cmd_backups, cmd_restore
from chizhou_desk.cli_exports import cmd_export, cmd_summary
from chizhou_desk.cli_import import add_import_parser, cmd_import
from chizhou_desk.cli_sheets import cmd_print, cmd_report
from chizhou_desk.errors import InputError


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line on stderr, exit 2
        self.exit(2, f"{self.prog}: 参数错误: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    # --db is accepted before or after the command; SUPPRESS keeps a subcommand from resetting it
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help="数据库文件(默认:用户数据目录)")
    p = _Parser(prog="chizhou-desk", description="重点工作责任清单 联络员桌面工具")
    p.add_argument("--db", help="数据库文件(默认:用户数据目录)")
    p.add_argument("--quit-when-ready", action="store_true",
                   help="窗口显示数据后打印 ready <毫秒> 并退出")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    p.add_argument("--settings-dir", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    add_import_parser(sub, common)

    s = sub.add_parser("tasks", parents=[common], help="列出任务")
    s.add_argument("--unit")
    s.add_argument("--period")
    s.add_argument("--status")
    s.add_argument("--search")
    s.add_argument("--json", action="store_true")

    extra = argparse.ArgumentParser(add_help=False)
    extra.add_argument("--with", dest="extra_columns", default="", metavar="COLS",
                       help="附加列,逗号分隔: light(红黄绿灯), reason(未达预期原因), indicator(指标值)")

    s = sub.add_parser("export", parents=[common, extra], help="导出本单位报送表 xlsx")
    s.add_argument("--unit", required=True)
    s.add_argument("--filler", default="", help="填报人")
    s.add_argument("--phone", default="", help="联系电话")
    s.add_argument("--period", required=True)
    s.add_argument("-o", "--output", required=True)

    s = sub.add_parser("summary", parents=[common, extra], help="导出汇总表 xlsx")
    s.add_argument("--period", required=True)
    s.add_argument("-o", "--output", required=True)

    s = sub.add_parser("print", parents=[common], help="打印状态表到 PDF")
    who = s.add_mutually_exclusive_group(required=True)
    who.add_argument("--unit")
    who.add_argument("--task")
    s.add_argument("--period", required=True)
    s.add_argument("-o", "--output", required=True)

    s = sub.add_parser("report", parents=[common], help="生成报告段落")
    s.add_argument("--period", required=True)

    add_backup_parsers(sub, common)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from chizhou_desk.gui.app import run

        return run(args)
    try:
        return COMMANDS[args.command](args)
    except InputError as exc:
        print(f"chizhou-desk {args.command}: {exc}", file=sys.stderr)
        return 2
    except (sqlite3.DatabaseError, OSError) as exc:
        print(f"chizhou-desk {args.command}: {args.db or '数据库'}: {exc}", file=sys.stderr)
        return 2


def _store(args, create: bool = False):
    """The --db store; only `import` may create a named file (a mistyped path is an error)."""
    from chizhou_desk.paths import open_store

    if args.db and not create and not Path(args.db).exists():
        raise InputError("数据库文件不存在(先用 import 导入清单,或检查 --db 路径)", file=args.db)
    return open_store(args.db)


def _period(store, key: str | None) -> str | None:
    from chizhou_desk import periods as P

    if key:
        year = None if "-" in key and key[:4].isdigit() else (store.plan_info() or {}).get("year")
        return store.period(P.parse(key, year)).key
    return store.latest_period()  # None: a list without periods lists its tasks, period null


def cmd_tasks(args) -> int:
    from chizhou_desk.query import row_json, select

    with _store(args) as store:
        key = _period(store, args.period)
        if args.status and args.status not in (*store.statuses(key), "未填"):
            raise InputError(f"未知的工作评价: {args.status}(可选: {'、'.join(store.statuses(key))}、未填)")
        rows = select(store, key, unit=args.unit, status=args.status, search=args.search)
    if args.json:
        json.dump([row_json(r, key) for r in rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for r in rows:
            print(f"{r.no}\t{r.state}\t{'、'.join(r.lead_units)}\t{r.text}")
    return 0


COMMANDS = {
    "import": cmd_import,
    "tasks": cmd_tasks,
    "export": cmd_export,
    "summary": cmd_summary,
    "print": cmd_print,
    "report": cmd_report,
    "backups": cmd_backups,
    "restore": cmd_restore,
}
