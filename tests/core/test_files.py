import pytest

from chizhou_desk.errors import InputError
from chizhou_desk.files import atomic_target


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_target(target, ".pdf") as tmp:
            tmp.write_bytes(b"half")
            raise RuntimeError("crash mid-write")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


def _png() -> bytes:
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


def test_a_good_write_replaces_and_a_missing_folder_is_named(tmp_path):
    target = tmp_path / "chart.png"
    with atomic_target(target, ".png") as tmp:
        tmp.write_bytes(_png())
    assert target.read_bytes() == _png()
    with pytest.raises(InputError, match="目标文件夹不存在"):
        with atomic_target(tmp_path / "nope" / "x.png", ".png"):
            pass
