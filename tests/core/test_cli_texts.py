"""The command line's own words: Chinese by default (argparse's included), English with --lang en;
every option has a help line; a closed pipe ends quietly; `tasks` without --db makes the sample."""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from chizhou_desk import cli_texts
from chizhou_desk.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ("usage:", "show this help message", "the following arguments are required", "invalid choice",
           "unrecognized arguments", "positional arguments", "options:", "error:")


def run_main(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def subparsers(parser) -> dict:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices


COMMANDS = tuple(subparsers(build_parser()))  # every command, those added later too


@pytest.mark.parametrize("argv", [["-h"], *[[c, "-h"] for c in COMMANDS]])
def test_help_speaks_chinese(capsys, argv):
    code, out, _ = run_main(capsys, *argv)
    assert code == 0
    assert out.startswith("用法：") and "显示本帮助并退出" in out and "选项：" in out
    assert not any(word in out for word in ENGLISH), out


def test_every_command_has_a_description_and_every_option_a_help_line():
    parser = build_parser("zh_CN")
    for name, sub in subparsers(parser).items():
        assert sub.description, name
        for action in sub._actions:
            assert action.help and action.help != argparse.SUPPRESS or action.dest == "help", (name, action.dest)


def test_period_and_status_help_name_their_forms(capsys):
    _, out, _ = run_main(capsys, "tasks", "-h")
    flat = "".join(out.split())
    for form in ("2025-05", "1-5月", "2025年1-5月"):
        assert form in flat
    for word in ("已完成", "序时推进", "未达预期", "未填"):
        assert word in flat
    for option in ("--unit", "--search", "--json"):
        assert option in out


@pytest.mark.parametrize("argv, chinese", [
    (["export"], "缺少必需的参数：--unit, --period, -o/--output"),
    (["frob"], "无效的选择：'frob'"),
    (["--lang", "fr"], "无效的选择：'fr'"),
    (["tasks", "--bogus"], "无法识别的参数：--bogus"),
    (["print", "--period", "2025-05", "-o", "x.pdf"], "必须给出其中一个参数：--unit --task"),
    (["print", "--unit", "甲", "--task", "1", "--period", "2025-05", "-o", "x.pdf"], "不能与参数 --unit 同时使用"),
    (["tasks", "--unit"], "参数 --unit：需要一个值"),
])
def test_argparse_errors_speak_chinese(capsys, argv, chinese):
    code, out, err = run_main(capsys, *argv)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "参数错误" in lines[0] and chinese in lines[0], err
    assert not any(word in err for word in ENGLISH), err


def test_lang_en_switches_the_cli(capsys, tmp_path):
    code, out, _ = run_main(capsys, "--lang", "en", "tasks", "-h")
    assert code == 0 and out.startswith("usage: ") and "show this help message and exit" in out
    assert "用法" not in out and "选项" not in out
    code, _, err = run_main(capsys, "export", "--lang", "en")  # after the command too
    assert code == 2 and "bad arguments: the following arguments are required" in err
    code, _, err = run_main(capsys, "--lang", "en", "--db", str(tmp_path / "none.db"), "tasks")
    assert code == 2 and "does not exist" in err and "数据库" not in err


def test_help_lines_wrap_by_screen_columns(monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "60")
    _, out, _ = run_main(capsys, "tasks", "-h")
    assert max(cli_texts.display_width(line) for line in out.splitlines()) <= 60
    for line in cli_texts.wrap("在任务和进展文字中查找(中文可查任意片段,如 镁基),每行不超过宽度。" * 3, 20):
        assert cli_texts.display_width(line) <= 20 and line[0] not in ",。、)"


def test_tasks_without_db_creates_the_sample_and_says_so(capsys, isolated_user_dirs):
    code, out, err = run_main(capsys, "tasks")
    assert code == 0 and len(out.strip().splitlines()) == 49
    db = isolated_user_dirs / "xdg_data_home" / "chizhou-desk" / "chizhou-desk.db"
    assert db.is_file()
    assert "已新建数据库" in err and str(db) in err and len(err.strip().splitlines()) == 1
    code, out, err = run_main(capsys, "tasks", "--json")  # the second time: nothing to say
    assert code == 0 and err == "" and len(json.loads(out)) == 49


def test_named_db_that_does_not_exist_is_an_error(capsys, tmp_path):
    code, out, err = run_main(capsys, "--db", str(tmp_path / "typo.db"), "tasks")
    assert code == 2 and "数据库文件不存在" in err
    assert not (tmp_path / "typo.db").exists()


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("pipe") / "t.db"
    r = subprocess.run([sys.executable, "-m", "chizhou_desk", "--db", str(db), "import",
                        str(ROOT / "resources" / "sample" / "chizhou_2025_1-5.txt")],
                       capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert r.returncode == 0, r.stderr
    return db


@pytest.mark.parametrize("command", [["tasks", "--json"], ["tasks"], ["report", "--period", "2025-05"]])
def test_closed_pipe_ends_quietly(sample_db, command):
    """`tasks --json | head -1`: the reader closes its end; no '[Errno 32] Broken pipe', no exit 2."""
    proc = subprocess.Popen([sys.executable, "-m", "chizhou_desk", "--db", str(sample_db), *command],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    proc.stdout.close()  # before the program has written anything: every write meets a closed pipe
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    assert proc.wait(timeout=60) == 141, err  # as a Unix tool ended by SIGPIPE: 128 + 13
    assert err == ""


def test_head_in_a_shell_pipeline(sample_db):
    r = subprocess.run(f'"{sys.executable}" -m chizhou_desk --db "{sample_db}" tasks --json | head -1',
                       shell=True, capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert r.stdout == "[\n" and r.stderr == ""
