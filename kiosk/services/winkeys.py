"""Windows only: while the kiosk is locked, a low-level keyboard hook swallows the keys that
leave an app (the Windows key and its shortcuts, Alt+Tab, Alt+Esc, Ctrl+Esc) before the
desktop shell sees them.

`should_block` is the whole decision and is pure, so it is tested on any system; the hook
itself (ctypes, user32) exists only on Windows. Ctrl+Alt+Del and Windows+L never reach a hook:
docs/deploy.md says what to do about them.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Protocol

log = logging.getLogger(__name__)

VK_TAB = 0x09
VK_CONTROL = 0x11
VK_ESCAPE = 0x1B
VK_SPACE = 0x20
VK_LWIN = 0x5B
VK_RWIN = 0x5C
WIN_KEYS = frozenset({VK_LWIN, VK_RWIN})
# Keys of "multimedia" keyboards that start the browser, mail, the file explorer or the
# calculator: VK_BROWSER_BACK..VK_BROWSER_HOME and VK_LAUNCH_MAIL..VK_LAUNCH_APP2.
LAUNCH_KEYS = frozenset(range(0xA6, 0xAD)) | frozenset(range(0xB4, 0xB8))
# With Alt held: Tab switches windows, Esc sends the window to the back, Space opens the
# window menu (Minimize, Close).
ALT_KEYS = frozenset({VK_TAB, VK_ESCAPE, VK_SPACE})


def should_block(vk_code: int, *, alt: bool, ctrl: bool, win_down: bool) -> bool:
    """Whether a key going down or up (virtual-key code, with the modifiers held) is kept from
    Windows. Escape alone is never blocked: in the kiosk it means Back."""
    if vk_code in WIN_KEYS or win_down:
        return True  # the Start menu, and every Windows+key shortcut (Win+D, Win+Tab, Win+R)
    if vk_code in LAUNCH_KEYS:
        return True
    if alt and vk_code in ALT_KEYS:
        return True
    return ctrl and vk_code == VK_ESCAPE  # the Start menu; with Shift, Task Manager


class Decide(Protocol):
    def __call__(self, vk_code: int, *, down: bool, alt: bool, ctrl: bool) -> bool: ...


class KeyHook:
    """The hook lives in a thread of its own that pumps the messages it needs: Windows
    waits only a moment for a hook, and drops a slow one, and the GUI thread may be busy.
    Elsewhere than on Windows, start and stop do nothing."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._thread_id = 0
        self._ready = threading.Event()
        self._win_held = False  # the Windows key is swallowed, so Windows cannot tell us

    @property
    def active(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if sys.platform != "win32" or self._thread is not None:
            return
        self._ready.clear()
        self._thread = threading.Thread(target=self._run, name="key-hook", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._ready.wait(timeout=2)
        _quit_thread(self._thread_id)
        thread.join(timeout=2)
        self._win_held = False

    def decide(self, vk_code: int, *, down: bool, alt: bool, ctrl: bool) -> bool:
        """One key event seen by the hook: keep the Windows key's state, then decide."""
        if vk_code in WIN_KEYS:
            self._win_held = down
        return should_block(vk_code, alt=alt, ctrl=ctrl, win_down=self._win_held)

    def _run(self) -> None:
        _pump(self.decide, self._started)

    def _started(self, thread_id: int) -> None:
        self._thread_id = thread_id
        self._ready.set()


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    _WH_KEYBOARD_LL = 13
    _HC_ACTION = 0
    _WM_KEYDOWN = 0x0100
    _WM_SYSKEYDOWN = 0x0104
    _WM_QUIT = 0x0012
    _PM_NOREMOVE = 0
    _LLKHF_ALTDOWN = 0x20

    class _KBDLLHOOKSTRUCT(ctypes.Structure):
        _fields_ = (
            ("vkCode", wintypes.DWORD),
            ("scanCode", wintypes.DWORD),
            ("flags", wintypes.DWORD),
            ("time", wintypes.DWORD),
            ("dwExtraInfo", ctypes.c_size_t),  # ULONG_PTR
        )

    _LRESULT = ctypes.c_ssize_t
    _HOOKPROC = ctypes.WINFUNCTYPE(_LRESULT, ctypes.c_int, wintypes.WPARAM, wintypes.LPARAM)
    _MSG_P = ctypes.POINTER(wintypes.MSG)
    _user32 = ctypes.WinDLL("user32", use_last_error=True)
    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)

    def _declare(library: ctypes.WinDLL, name: str, result: object, *args: object) -> None:
        # In full: without argtypes ctypes would pass 64-bit handles and pointers as int.
        function = getattr(library, name)
        function.argtypes, function.restype = args, result

    _W = wintypes
    _declare(
        _user32, "SetWindowsHookExW", _W.HHOOK, ctypes.c_int, _HOOKPROC, _W.HINSTANCE, _W.DWORD
    )
    _declare(_user32, "CallNextHookEx", _LRESULT, _W.HHOOK, ctypes.c_int, _W.WPARAM, _W.LPARAM)
    _declare(_user32, "UnhookWindowsHookEx", _W.BOOL, _W.HHOOK)
    _declare(_user32, "GetMessageW", _W.BOOL, _MSG_P, _W.HWND, _W.UINT, _W.UINT)
    _declare(_user32, "PeekMessageW", _W.BOOL, _MSG_P, _W.HWND, _W.UINT, _W.UINT, _W.UINT)
    _declare(_user32, "PostThreadMessageW", _W.BOOL, _W.DWORD, _W.UINT, _W.WPARAM, _W.LPARAM)
    _declare(_user32, "GetAsyncKeyState", ctypes.c_short, ctypes.c_int)
    _declare(_kernel32, "GetModuleHandleW", _W.HMODULE, _W.LPCWSTR)
    _declare(_kernel32, "GetCurrentThreadId", _W.DWORD)

    def _pump(decide: Decide, started: Callable[[int], None]) -> None:
        """Install the hook in this thread and serve it until stop() posts WM_QUIT."""

        def on_key(code: int, wparam: int, lparam: int) -> int:
            try:
                if code == _HC_ACTION:
                    key = _KBDLLHOOKSTRUCT.from_address(lparam)
                    ctrl = bool(_user32.GetAsyncKeyState(VK_CONTROL) & 0x8000)
                    down = wparam in (_WM_KEYDOWN, _WM_SYSKEYDOWN)
                    alt = bool(key.flags & _LLKHF_ALTDOWN)
                    if decide(key.vkCode, down=down, alt=alt, ctrl=ctrl):
                        return 1
            except Exception:  # a failing hook must never stop the keyboard
                log.exception("lockdown: the key hook failed")
            return int(_user32.CallNextHookEx(None, code, wparam, lparam))

        proc = _HOOKPROC(on_key)  # referenced here for as long as the hook lives
        message = wintypes.MSG()
        # A thread has a message queue once it asks for a message; stop() posts to it.
        _user32.PeekMessageW(ctypes.byref(message), None, 0, 0, _PM_NOREMOVE)
        module = _kernel32.GetModuleHandleW(None)
        hook = _user32.SetWindowsHookExW(_WH_KEYBOARD_LL, proc, module, 0)
        error = ctypes.get_last_error()
        started(_kernel32.GetCurrentThreadId())
        if not hook:
            log.warning("lockdown: cannot block the Windows keys (error %d)", error)
            return
        log.info("lockdown: the Windows key, Alt+Tab, Alt+Esc and Ctrl+Esc are blocked")
        while _user32.GetMessageW(ctypes.byref(message), None, 0, 0) > 0:
            pass  # the hook is called from inside GetMessageW; nothing else comes here
        _user32.UnhookWindowsHookEx(hook)

    def _quit_thread(thread_id: int) -> None:
        _user32.PostThreadMessageW(thread_id, _WM_QUIT, 0, 0)

else:

    def _pump(decide: Decide, started: Callable[[int], None]) -> None:
        raise OSError("a keyboard hook exists only on Windows")

    def _quit_thread(thread_id: int) -> None:
        pass
