"""Small building blocks every screen uses: plain-text labels that hide when empty, big
buttons, toggle chips, kinetic scroll pages, icons."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QBoxLayout,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.paywords import Words
from kiosk.ui import icons
from kiosk.ui.talking.live import announce, is_live
from kiosk.ui.theme import Look

ON_LIGHT, ON_DARK = icons.ON_LIGHT, icons.ON_DARK  # icon colours: on white, on navy or orange


def icon(group: str, name: str, colour: str = ON_LIGHT) -> QIcon:
    """An icon from resources/icons/<group>/<name>.svg in a palette colour (ON_LIGHT or
    ON_DARK); a blank icon if there is none. A Button draws it again at its own size."""
    return icons.icon(group, name, colour)


def styled(widget: QWidget, role: str) -> QWidget:
    widget.setProperty("role", role)
    return widget


class TranslatedWidget(QWidget):
    """A widget whose interface strings follow the language: Qt sends LanguageChange to
    every widget when translators change, and `retranslate` sets the strings again."""

    def retranslate(self) -> None:
        """Set interface strings in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Text(QLabel):
    """A label for catalog or interface text: always plain text, wraps, hides when empty so
    a missing fact never shows as a blank or "None"."""

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Its height comes from height-for-width at the width it gets. A Minimum policy
        # made the hint (the text wrapped at a narrow guessed width) a floor, and pages
        # scrolled on into a blank as tall as the difference.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        if role:
            self.setProperty("role", role)
        # Not set_text: showing a label that has no parent yet would open it as a window of
        # its own for a moment (and take the keyboard focus from the kiosk).
        self.setText(text or "")
        if not text:
            self.hide()

    def set_text(self, text: str | None) -> None:
        parent = self.parentWidget()
        shown = parent is not None and parent.isVisible()  # an empty label is hidden itself
        if is_live(self) and text and text != self.text() and shown:
            announce(self, text)  # a change the screen made by itself, said in talking mode
        self.setText(text or "")
        if self.isHidden() == bool(text):  # only when it changes: showing is not free
            self.setVisible(bool(text))


def spoken(words: Words, role: str = "") -> Text:
    """A label showing `words` and read aloud as they are spoken."""
    label = Text(words.shown, role)
    label.setAccessibleName(words.spoken)
    return label


class Button(QPushButton):
    """A touch-sized push button with an optional icon, which grows with the text size and
    takes the palette's colours (`icon_px` is its size at 100 % text)."""

    def __init__(
        self,
        text: str = "",
        *,
        role: str = "",
        icon_name: tuple[str, str] | None = None,
        icon_px: int = 32,
        on_dark: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        if role:
            self.setProperty("role", role)
        self._icon_px = icon_px
        self._off = "navy-off-text" if on_dark else "muted"  # what disabled words look like
        self._wanted: tuple[str, str, str] | None = None
        self._drawn: tuple[object, ...] = ()
        if icon_name is not None:
            dark = on_dark or role == "primary"
            self.setIcon(icon(*icon_name, ON_DARK if dark else ON_LIGHT))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keys focus it; a tap does not
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def setIcon(self, icon: QIcon | QPixmap) -> None:
        # Screens swap our icons through here (Add / In my list): remember which one it
        # is, so it is drawn again at the next text size or palette.
        self._wanted = icons.identity(icon) if isinstance(icon, QIcon) else None
        self._drawn = ()
        if self._wanted is None:
            super().setIcon(icon)
        self._draw_icon()

    def set_icon_px(self, px: int) -> None:
        """The icon's size at 100 % text."""
        self._icon_px = px
        self._draw_icon()

    def _draw_icon(self) -> None:
        if self._wanted is None:
            return
        px = Look.scaled(self._icon_px)
        key = (self._wanted, px, Look.contrast)
        if key == self._drawn:  # restyling sends several StyleChange events
            return
        self._drawn = key
        group, name, colour = self._wanted
        super().setIcon(icons.icon(group, name, colour, px, self._off))
        self.setIconSize(QSize(px, px))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:
            self._draw_icon()
        super().changeEvent(event)


class Chip(Button):
    """A toggle for filters and choices."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, role="chip", parent=parent)
        self.setCheckable(True)


class ButtonRow(QWidget):
    """Buttons side by side, or one under another where the row is too narrow for them all
    (long words and their icons at 200 % text); `add_stretch` pushes the next to the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(16)
        self._buttons: list[QWidget] = []

    def add[W: QWidget](self, widget: W) -> W:
        self._box.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        self._buttons.append(widget)
        return widget

    def add_stretch(self) -> None:
        self._box.addStretch()

    def _shown(self) -> list[QWidget]:
        return [button for button in self._buttons if not button.isHidden()]

    def _side_by_side(self, width: int) -> bool:
        shown = self._shown()
        gaps = self._box.spacing() * max(0, len(shown) - 1)
        return sum(b.sizeHint().width() for b in shown) + gaps <= width

    def minimumSizeHint(self) -> QSize:
        # As narrow as its widest button: narrower than all of them, it stacks them.
        widest = max((b.sizeHint().width() for b in self._shown()), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            # The width, or a button's words or size, changed.
            side = self._side_by_side(self.width())
            direction = QBoxLayout.Direction.TopToBottom
            if side:
                direction = QBoxLayout.Direction.LeftToRight
            if direction != self._box.direction():
                self._box.setDirection(direction)
        return super().event(event)


class ScrollPage(QScrollArea):
    """A vertically scrolling page with finger-drag (kinetic) scrolling; add widgets to
    `body`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        # Keys move between the controls inside; the area scrolls to show the focused one.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(32, 24, 32, 32)
        self.body.setSpacing(16)
        self.setWidget(inner)
        kinetic(self)

    def add[W: QWidget](self, widget: W, stretch: int = 0) -> W:
        self.body.addWidget(widget, stretch)
        return widget

    def to_top(self) -> None:
        self.verticalScrollBar().setValue(0)

    def scroll_to_top_of(self, widget: QWidget, margin: int) -> None:
        """Scroll so that `widget` (inside the page) starts `margin` below the top of the
        view, as far as the page goes."""
        inner = self.widget()
        assert inner is not None  # set in __init__
        top = widget.mapTo(inner, QPoint(0, 0)).y()
        self.verticalScrollBar().setValue(top - margin)


def kinetic(area: QAbstractScrollArea) -> None:
    """Drag-to-scroll with momentum for touch screens (a mouse drag works the same)."""
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(area.viewport())
    props = scroller.scrollerProperties()
    props.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    # The default press delay (0.25 s) swallows a second quick tap on another button.
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootDragResistanceFactor, 0.3)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootScrollDistanceFactor, 0.1)
    scroller.setScrollerProperties(props)


def clear(layout: QLayout) -> None:
    """Remove and delete every item of `layout` (and nested layouts)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif inner is not None:
            clear(inner)
        # takeAt() hands the item to the caller (C++ ownership, not Python's): free it, or
        # every rebuilt screen leaks a little.
        shiboken6.delete(item)
