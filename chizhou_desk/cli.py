"""The command line (ARCHITECTURE: Command line): the same core functions as the window, scriptable."""

import argparse
import functools
import json
import os
import re
import sqlite3
import sys

from chizhou_desk import cli_texts as T
from chizhou_desk.cli_attach import add_attach_parsers, cmd_attach, cmd_attachments
from chizhou_desk.cli_backups import add_backup_parsers, cmd_backups, cmd_restore
from chizhou_desk.cli_common import open_db, period_or_latest
from chizhou_desk.cli_exports import cmd_export, cmd_summary
from chizhou_desk.cli_import import add_import_parser, cmd_import
from chizhou_desk.cli_office import add_submissions_parser, cmd_submissions
from chizhou_desk.cli_periods import add_period_parsers, cmd_period, cmd_periods, cmd_plan
from chizhou_desk.cli_sheets import add_report_options, cmd_print, cmd_report
from chizhou_desk.console import never_fail_on_output
from chizhou_desk.errors import InputError


class _Parser(argparse.ArgumentParser):
    """argparse in the CLI's language: usage prefix, group titles, -h line and error messages."""

    def __init__(self, *args, lang: str = "zh_CN", **kwargs):
        self.texts = T.texts(lang)
        self.lang = lang
        add_help, parents = kwargs.pop("add_help", True), kwargs.pop("parents", [])
        super().__init__(*args, add_help=False, **kwargs)  # type: ignore[misc]  # popped above
        self._positionals.title = self.texts["positionals"]
        self._optionals.title = self.texts["options"]
        if add_help:  # first, as argparse puts its own
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=self.texts["help"])
        for parent in parents:  # what argparse's __init__ does with parents=
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_formatter(self):
        formatter = super()._get_formatter()  # whatever formatter_class a command asked for
        add_usage, prefix = formatter.add_usage, self.texts["usage"]
        formatter.add_usage = lambda usage, actions, groups, given=None: add_usage(  # type: ignore[method-assign,assignment]
            usage, actions, groups, prefix if given is None else given)
        # argparse lays the usage out by len(): take the prefix's extra screen columns (hanzi, ：) off
        extra, format_usage = T.display_width(prefix) - len(prefix), formatter._format_usage

        def narrower(*args):
            formatter._width -= extra
            try:
                return format_usage(*args)
            finally:
                formatter._width += extra
        formatter._format_usage = narrower  # type: ignore[method-assign]
        if self.texts is T.ZH:  # argparse writes "title:" under each group; 公文 style wants ：
            titles = [self.texts[k] for k in ("positionals", "options", "commands")]
            format_help = formatter.format_help
            formatter.format_help = lambda: re.sub(  # type: ignore[method-assign]
                rf"^({'|'.join(titles)}):$", r"\1：", format_help(), flags=re.MULTILINE)
        formatter._split_lines = T.wrap  # type: ignore[method-assign]  # help lines wrap between hanzi too
        if type(formatter)._fill_text is argparse.HelpFormatter._fill_text:
            formatter._fill_text = lambda text, width, indent: "\n".join(  # type: ignore[method-assign]
                indent + line for line in T.wrap(text, width - len(indent)))
        return formatter

    def error(self, message):  # one line on stderr, exit 2
        self.exit(2, f"{self.prog}: {self.texts['bad_args']}{T.translate_error(message, self.lang)}\n")


class _Version(argparse.Action):
    """--version, its line made only when asked (a build's floor is read from a file)."""

    def __call__(self, parser, namespace, values, option_string=None):
        print(version_line())
        parser.exit()


class _WindowOnly(_Parser):
    """The window's options alone: a start without a command skips building every command's parser."""

    def error(self, message):
        raise _NotWindowOnly(message)


class _NotWindowOnly(Exception):
    pass


def parse_args(argv: list[str], lang: str) -> argparse.Namespace:
    """The arguments; a line without a command word (the window's start) is parsed without the
    commands' parsers, anything else (or anything that parser refuses) by the whole parser."""
    if not any(a in COMMANDS or a in ("-h", "--help") for a in argv):
        try:
            args, rest = build_parser(lang, commands=False).parse_known_args(argv)
            if not rest:
                args.command = None
                return args
        except _NotWindowOnly:
            pass
    return build_parser(lang).parse_args(argv)


def build_parser(lang: str = "zh_CN", commands: bool = True) -> argparse.ArgumentParser:
    t = T.texts(lang)
    # --db and --lang are accepted before or after the command; SUPPRESS keeps a subcommand
    # from resetting what was given before it
    common = _Parser(add_help=False, lang=lang)  # its group titles match, so its options join theirs
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH", help=t["db"])
    common.add_argument("--lang", choices=["zh_CN", "en"], default=argparse.SUPPRESS, help=t["lang"])
    common.add_argument("--take-over", action="store_true", default=argparse.SUPPRESS, help=t["take_over"])
    p = (_Parser if commands else _WindowOnly)(prog="chizhou-desk", description=t["description"],
                                               epilog=t["epilog"], lang=lang)
    p.add_argument("--db", metavar="PATH", help=t["db"])
    p.add_argument("--quit-when-ready", action="store_true", help=t["quit_when_ready"])
    p.add_argument("--lang", choices=["zh_CN", "en"], help=t["lang"])
    p.add_argument("--settings-dir", help=argparse.SUPPRESS)
    p.add_argument("--version", action=_Version, nargs=0, default=argparse.SUPPRESS, help=t["version"])
    if not commands:
        return p
    sub = p.add_subparsers(dest="command", title=t["commands"], metavar="COMMAND",
                           parser_class=functools.partial(_Parser, lang=lang))  # type: ignore[call-overload]

    add_import_parser(sub, common)

    s = sub.add_parser("tasks", parents=[common], help=t["tasks"], description=t["tasks_description"])
    s.add_argument("--unit", metavar="U", help=t["unit_tasks"])
    s.add_argument("--period", metavar="KEY", help=t["period_tasks"])
    s.add_argument("--status", metavar="S", help=t["status"])
    s.add_argument("--search", metavar="TEXT", help=t["search"])
    s.add_argument("--json", action="store_true", help=t["json"])

    extra = _Parser(add_help=False, lang=lang)
    extra.add_argument("--with", dest="extra_columns", default="", metavar="COLS", help=t["with"])

    s = sub.add_parser("export", parents=[common, extra], help=t["export"],
                       description=t["export_description"])
    s.add_argument("--unit", required=True, metavar="U", help=t["unit"])
    s.add_argument("--filler", default="", metavar="NAME", help=t["filler"])
    s.add_argument("--phone", default="", metavar="PHONE", help=t["phone"])
    s.add_argument("--period", required=True, metavar="KEY", help=t["period"])
    s.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|.zip", help=t["output_package"])

    s = sub.add_parser("summary", parents=[common, extra], help=t["summary"],
                       description=t["summary_description"])
    s.add_argument("--period", required=True, metavar="KEY", help=t["period"])
    s.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help=t["output_xlsx"])

    s = sub.add_parser("print", parents=[common], help=t["print"], description=t["print_description"])
    who = s.add_mutually_exclusive_group(required=True)
    who.add_argument("--unit", metavar="U", help=t["unit_print"])
    who.add_argument("--task", metavar="NO", help=t["task"])
    s.add_argument("--period", required=True, metavar="KEY", help=t["period"])
    s.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help=t["output_pdf"])

    s = sub.add_parser("report", parents=[common], help=t["report"], description=t["report_description"])
    s.add_argument("--period", required=True, metavar="KEY", help=t["period"])
    add_report_options(s)
    add_submissions_parser(sub, common)
    add_period_parsers(sub, common)

    add_backup_parsers(sub, common)
    add_attach_parsers(sub, common, lang)
    for choice in sub._choices_actions:  # a command added without a description shows its help line
        parser = sub.choices[choice.dest]
        parser.description = parser.description or choice.help
    return p


def version_line() -> str:
    """`chizhou-desk 0.1.0`, and for a frozen Linux build the system it needs (its floor)."""
    from chizhou_desk import __version__

    line = f"chizhou-desk {__version__}"
    from chizhou_desk.floor_check import read_floor

    floor = read_floor()
    if floor:
        parts = [floor.get("machine") or ""]
        parts += [f"glibc ≥ {floor['glibc']}"] if floor.get("glibc") else []
        parts += [f"GLIBCXX_{floor['glibcxx']}"] if floor.get("glibcxx") else []
        line += f" ({', '.join(p for p in parts if p)})"
    return line


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    never_fail_on_output()  # a Western Windows console (cp1252) cannot write Chinese
    lang = T.lang_of(argv)
    t = T.texts(lang)
    args = parse_args(argv, lang)
    if args.command is None:
        return _start_window(args, lang)
    from chizhou_desk.logs import setup_logging

    setup_logging()  # imports, exports, backups and migrations are logged at INFO
    try:
        if getattr(args, "take_over", False):
            _take_over(args, t)
        status = COMMANDS[args.command](args)
        sys.stdout.flush()  # a reader that went away shows here, not as noise at exit
        return status
    except BrokenPipeError:
        return _pipe_closed()
    except InputError as exc:
        hint = t["fix_in_window"] if exc.fixable else ""  # a list the preview can settle
        print(f"chizhou-desk {args.command}: {exc}{hint}", file=sys.stderr)
        return 2
    except (sqlite3.DatabaseError, OSError) as exc:
        print(f"chizhou-desk {args.command}: {args.db or t['db_word']}: {exc}", file=sys.stderr)
        return 2


def _take_over(args, t) -> None:
    """--take-over: the user says the lock's holder (a PC that crashed) is gone; its lock goes."""
    from chizhou_desk.dblock import take_over
    from chizhou_desk.paths import default_db_path

    info = take_over(args.db or default_db_path())
    if info is not None:
        print(t["taken_over"].format(holder=info.describe_long()), file=sys.stderr)


def _start_window(args, lang: str) -> int:
    """The window; first a plain line, not Qt's abort, when Qt's platform libraries are missing."""
    import gc

    from chizhou_desk.platform_check import import_problem, start_problem

    # start-up makes many objects and little garbage: the cyclic collector waits for the window's
    # first paint (gui.app.run turns it back on then), and at the latest for the end
    gc.disable()
    try:
        problem = start_problem(lang=lang)
        if problem is None:
            try:
                from chizhou_desk.gui.app import run
            except ImportError as exc:  # PySide6 itself needs a library the system lacks (glib, EGL)
                problem = import_problem(exc, lang)
                if problem is None:
                    raise
        if problem is not None:
            from chizhou_desk.desktop_notice import tell

            tell(problem)  # started from the menu, stderr goes nowhere
            return 1
        return run(args)
    finally:
        gc.enable()


def _pipe_closed() -> int:
    """`tasks --json | head -1`: the reader has what it wanted. Exit as a Unix tool killed by
    SIGPIPE would (128 + 13), saying nothing; stdout goes to devnull so exit's flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141


def cmd_tasks(args) -> int:
    from chizhou_desk.query import row_json, select

    t = T.texts(args.lang)
    with open_db(args) as store:
        key = period_or_latest(store, args.period)
        if args.status and args.status not in (*store.statuses(key), "未填"):
            choices = t["list_sep"].join((*store.statuses(key), "未填"))
            raise InputError(t["unknown_status"].format(status=args.status, choices=choices))
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
    "submissions": cmd_submissions,
    "periods": cmd_periods,
    "period": cmd_period,
    "plan": cmd_plan,
    "backups": cmd_backups,
    "restore": cmd_restore,
    "attach": cmd_attach,
    "attachments": cmd_attachments,
}
