"""A start without a command parses the window's options alone (issue 28: the commands' parsers
cost start-up time); everything else goes through the whole parser, errors included."""

import pytest

from chizhou_desk.cli import build_parser, parse_args


@pytest.mark.parametrize("argv", [[], ["--db", "x.db"], ["--quit-when-ready", "--lang", "en"],
                                  ["--settings-dir", "s", "--db=y.db"]])
def test_the_window_options_parse_as_the_whole_parser_parses_them(argv):
    quick = parse_args(argv, "zh_CN")
    whole = build_parser("zh_CN").parse_args(argv)
    assert quick.command is None
    assert vars(quick) == vars(whole)


def test_a_command_still_gets_its_own_options():
    args = parse_args(["--db", "x.db", "tasks", "--search", "镁基"], "zh_CN")
    assert (args.command, args.db, args.search) == ("tasks", "x.db", "镁基")


@pytest.mark.parametrize("argv", [["--nonsense"], ["taks"], ["--lang", "fr"], ["--db"]])
def test_bad_arguments_are_refused_by_the_whole_parser(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        parse_args(argv, "zh_CN")
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("chizhou-desk: ") and len(err.strip().splitlines()) == 1
