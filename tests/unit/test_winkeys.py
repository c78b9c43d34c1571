"""The keys a locked kiosk keeps from Windows: the decision the keyboard hook makes, checked
on any system (the hook itself exists only on Windows)."""

from __future__ import annotations

import sys

import pytest

from kiosk.services.winkeys import (
    VK_ESCAPE,
    VK_LWIN,
    VK_RWIN,
    VK_SPACE,
    VK_TAB,
    KeyHook,
    should_block,
)

VK_D, VK_L, VK_R, VK_A, VK_F4, VK_RETURN = 0x44, 0x4C, 0x52, 0x41, 0x73, 0x0D
VK_BROWSER_HOME, VK_LAUNCH_MAIL, VK_LAUNCH_APP2 = 0xAC, 0xB4, 0xB7
VK_VOLUME_UP, VK_SHIFT, VK_MENU = 0xAF, 0x10, 0x12


def blocks(vk: int, *, alt: bool = False, ctrl: bool = False, win: bool = False) -> bool:
    return should_block(vk, alt=alt, ctrl=ctrl, win_down=win)


@pytest.mark.parametrize("vk", [VK_LWIN, VK_RWIN])
def test_the_windows_key_never_reaches_the_start_menu(vk: int) -> None:
    assert blocks(vk)
    assert blocks(vk, alt=True, ctrl=True)


@pytest.mark.parametrize("vk", [VK_D, VK_TAB, VK_R, VK_L, VK_A])
def test_every_windows_key_shortcut_is_blocked(vk: int) -> None:
    assert blocks(vk, win=True)  # Win+D desktop, Win+Tab task view, Win+R run...
    assert not blocks(vk)  # the same key alone is the student's


def test_switching_and_window_menu_keys_are_blocked_with_alt() -> None:
    assert blocks(VK_TAB, alt=True)  # Alt+Tab (and Alt+Shift+Tab)
    assert blocks(VK_ESCAPE, alt=True)  # Alt+Esc
    assert blocks(VK_SPACE, alt=True)  # Alt+Space, the window menu
    assert blocks(VK_ESCAPE, ctrl=True)  # Ctrl+Esc, the Start menu; Ctrl+Shift+Esc
    assert blocks(VK_BROWSER_HOME) and blocks(VK_LAUNCH_MAIL) and blocks(VK_LAUNCH_APP2)


@pytest.mark.parametrize(
    ("vk", "alt", "ctrl"),
    [
        (VK_ESCAPE, False, False),  # Escape means Back in the kiosk
        (VK_TAB, False, False),  # Tab moves the focus: keyboard users need it
        (VK_TAB, False, True),
        (VK_SPACE, False, False),
        (VK_RETURN, False, False),
        (VK_F4, True, False),  # Alt+F4 reaches the kiosk, which refuses to close itself
        (VK_A, False, True),
        (VK_SHIFT, False, False),
        (VK_MENU, True, False),  # Alt itself, so Alt+key combinations the kiosk knows work
        (VK_VOLUME_UP, False, False),
    ],
)
def test_the_keys_a_student_uses_pass(vk: int, alt: bool, ctrl: bool) -> None:
    assert not blocks(vk, alt=alt, ctrl=ctrl)


def test_the_hook_remembers_the_windows_key_it_swallowed() -> None:
    """Windows never learns the Windows key is down (the hook swallowed it), so the hook
    keeps track itself: D with Windows held is blocked, D after it is let go is not."""
    hook = KeyHook()
    assert hook.decide(VK_LWIN, down=True, alt=False, ctrl=False)
    assert hook.decide(VK_D, down=True, alt=False, ctrl=False)
    assert hook.decide(VK_D, down=False, alt=False, ctrl=False)
    assert hook.decide(VK_LWIN, down=False, alt=False, ctrl=False)
    assert not hook.decide(VK_D, down=True, alt=False, ctrl=False)


@pytest.mark.skipif(sys.platform == "win32", reason="the hook is real on Windows")
def test_elsewhere_the_hook_is_never_installed() -> None:
    hook = KeyHook()
    hook.start()
    assert not hook.active
    hook.stop()
