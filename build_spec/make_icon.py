"""Draw the app icon (resources/icons/app.png + app.ico) with Pillow.

A red rounded square with a white 池 in a CJK font. Run once by hand; the output is committed so a
build needs neither this script nor a CJK font:

    python3 build_spec/make_icon.py
"""

import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZE = 256
RED = (200, 30, 36, 255)  # the office's 红头 red
CHAR = "池"


def cjk_font() -> str:
    """A bold CJK font file from fontconfig, preferring Noto Sans CJK SC."""
    out = subprocess.run(["fc-list", ":lang=zh", "file", "family", "style"],
                         capture_output=True, text=True, check=True).stdout
    lines = [ln for ln in out.splitlines() if ln.strip()]
    def score(ln: str) -> tuple:
        return ("Sans CJK SC" in ln, "Bold" in ln, "Sans" in ln)
    if not lines:
        sys.exit("no CJK font found (apt-get install fonts-noto-cjk)")
    return max(lines, key=score).split(":")[0]


def sc_face(path: str, px: int) -> ImageFont.FreeTypeFont:
    """The Simplified Chinese face of a .ttc collection (its glyph for 池 is the mainland form)."""
    first = ImageFont.truetype(path, px)
    for i in range(10):
        try:
            f = ImageFont.truetype(path, px, index=i)
        except OSError:
            break
        if " SC" in f.getname()[0] or "SC" in f.getname()[0].split():
            return f
    return first


def draw(size: int = SIZE) -> Image.Image:
    # draw at 4x and scale down: Pillow's shapes are not antialiased
    big = size * 4
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    pad = big // 32
    d.rounded_rectangle((pad, pad, big - pad, big - pad), radius=big // 5, fill=RED)
    font = sc_face(cjk_font(), int(big * 0.66))
    box = d.textbbox((0, 0), CHAR, font=font)
    w, h = box[2] - box[0], box[3] - box[1]
    d.text(((big - w) / 2 - box[0], (big - h) / 2 - box[1]), CHAR, font=font, fill="white")
    return img.resize((size, size), Image.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    img = draw()
    img.save(OUT / "app.png", optimize=True)
    img.save(OUT / "app.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64),
                                     (128, 128), (256, 256)])
    print(f"wrote {OUT / 'app.png'} and {OUT / 'app.ico'}")


if __name__ == "__main__":
    main()
