"""The CLI never dies on output, whatever the encoding of its stdout (Windows: cp1252, cp936, a file)."""

import io
import os
import subprocess
import sys

import pytest

from chizhou_desk.console import never_fail_on_output


def wrapper(encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding=encoding)  # errors="strict", as Python's stdout


def written(stream: io.TextIOWrapper) -> bytes:
    stream.flush()
    return stream.buffer.getvalue()  # type: ignore[attr-defined]


def test_a_western_code_page_raises_without_it():
    with pytest.raises(UnicodeEncodeError):
        wrapper("cp1252").write("池州")


def test_a_western_code_page_replaces_chinese():
    out = wrapper("cp1252")
    never_fail_on_output(out)
    out.write("1\t池州 ok\n")
    assert written(out) == b"1\t?? ok\n"


def test_surrogateescape_is_replaced_too():
    """Python's choice when the C runtime's locale is "C" (seen under Wine): raises on Chinese."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="cp1252", errors="surrogateescape")
    never_fail_on_output(out)
    out.write("池")
    assert written(out) == b"?"


def test_a_chinese_code_page_keeps_chinese_and_replaces_the_rest():
    out = wrapper("cp936")
    never_fail_on_output(out)
    out.write("池州 😀")
    assert written(out) == "池州 ?".encode("gbk")


def test_a_stream_that_already_tolerates_is_left_alone():
    out = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="backslashreplace")
    never_fail_on_output(out)
    out.write("池")
    assert written(out) == b"\\u6c60"


def test_streams_without_reconfigure_are_skipped():
    never_fail_on_output(io.StringIO(), None)  # a test runner's capture, a windowed exe's None


@pytest.mark.parametrize("encoding", ["cp1252", "cp936", "utf-8"])
def test_cli_prints_the_task_list_in_any_encoding(tmp_path, seed_path, encoding):
    """As on Windows with stdout redirected: Python writes the code page, strictly, unless the CLI
    says otherwise. Chinese is written where the code page has it, else replaced; never a traceback."""
    db = tmp_path / "t.db"
    env = dict(os.environ, PYTHONIOENCODING=encoding)  # no ":errors": strict, as Windows' default
    for args in (["import", str(seed_path)], ["tasks"]):
        proc = subprocess.run([sys.executable, "-m", "chizhou_desk", "--db", str(db), *args],
                              capture_output=True, env=env, timeout=60)
        assert proc.returncode == 0, proc.stderr.decode(encoding, "replace")
        assert b"Traceback" not in proc.stderr
    lines = proc.stdout.decode(encoding).splitlines()
    assert len(lines) == 49 and lines[0].startswith("1\t")
    if encoding == "cp1252":
        assert "池州" not in proc.stdout.decode(encoding) and "?" in lines[0]
    else:
        assert "地区生产总值增长6.5%以上。" in lines[0]
