"""The window's size: it fits the screen it opens on, and keeps the size the user gave it."""

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QGuiApplication

# a title bar and borders the window manager adds around the window (unknown before it is shown)
FRAME_ALLOWANCE = (16, 40)
FIRST_SHARE = 0.9  # a 1920×1080 screen gets a larger first window than the form's 1280×800
KEYS = ("window/geometry", "window/state", "window/mainSplitter", "window/sideSplitter")


def available(window) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit(window) -> None:
    """Shrink and move the window so all of it, frame and status bar included, is on its screen."""
    area = available(window)
    margin_w = max(window.frameGeometry().width() - window.width(), FRAME_ALLOWANCE[0])
    margin_h = max(window.frameGeometry().height() - window.height(), FRAME_ALLOWANCE[1])
    width = min(window.width(), area.width() - margin_w)
    height = min(window.height(), area.height() - margin_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.x()), max(y, area.y()))


def restore(window) -> None:
    """The saved geometry and splitters if any, then fitted to the screen; re-checked once shown,
    when the window manager's frame is known."""
    s = window.settings
    for key, apply in zip(KEYS, (window.restoreGeometry, window.restoreState,
                                 window.ui.mainSplitter.restoreState, window.ui.sideSplitter.restoreState),
                          strict=True):
        value = s.bytes(key)
        if value is not None:
            apply(value)
    if s.bytes(KEYS[0]) is None:  # first start: most of the screen it opens on, centred
        area = available(window)
        window.resize(max(window.width(), int(area.width() * FIRST_SHARE)),
                      max(window.height(), int(area.height() * FIRST_SHARE)))
        window.move(area.x() + max(0, (area.width() - window.width() - FRAME_ALLOWANCE[0]) // 2),
                    area.y() + max(0, (area.height() - window.height() - FRAME_ALLOWANCE[1]) // 2))
    fit(window)

    def refit() -> None:
        if window.isVisible():
            fit(window)

    QTimer.singleShot(0, window, refit)


def save(window) -> None:
    s = window.settings
    for key, value in zip(KEYS, (window.saveGeometry(), window.saveState(),
                                 window.ui.mainSplitter.saveState(), window.ui.sideSplitter.saveState()),
                          strict=True):
        s.set_bytes(key, value)
    s.sync()
