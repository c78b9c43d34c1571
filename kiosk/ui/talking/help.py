"""What Help (F1) says in talking mode: what the screen is for, then the keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def purpose(screen: str) -> str:
    """What the screen `screen` (its navigation name) is for, in the interface language."""
    return {
        "attract": QCoreApplication.translate(
            "TalkingHelp", "The welcome screen of the career class kiosk. Enter starts."
        ),
        "home": QCoreApplication.translate(
            "TalkingHelp",
            "Choose how to explore career classes: by what you like, with a quick quiz, by "
            "industry, or by searching.",
        ),
        "interests": QCoreApplication.translate(
            "TalkingHelp",
            "Choose the things you like. Pathways and classes that match them are listed "
            "after the choices.",
        ),
        "quiz": QCoreApplication.translate(
            "TalkingHelp",
            "A quick quiz. For each statement, choose I'd like that, Not sure, or Not for me.",
        ),
        "quiz_result": QCoreApplication.translate(
            "TalkingHelp",
            "Your quiz result: the kinds of work that suit you, then pathways and classes.",
        ),
        "browse": QCoreApplication.translate(
            "TalkingHelp", "The industries. Choose one to hear its pathways and classes."
        ),
        "sector": QCoreApplication.translate(
            "TalkingHelp",
            "An industry's pathways, each with its classes and their pay. Choose a class to "
            "open it.",
        ),
        "search": QCoreApplication.translate(
            "TalkingHelp",
            "Type a class or a career on the keyboard. The number of classes found is said, "
            "and the classes follow the search field.",
        ),
        "course": QCoreApplication.translate(
            "TalkingHelp",
            "One class: what you will do, where and when it runs, and the careers it leads "
            "to with their pay. You can add it to your list.",
        ),
        "mylist": QCoreApplication.translate(
            "TalkingHelp",
            "The classes you chose. Go on to your counselor to sign up, or remove a class.",
        ),
        "counselor": QCoreApplication.translate(
            "TalkingHelp",
            "Choose your school to hear where its counselors are. Then print your list to "
            "take with you.",
        ),
        "about": QCoreApplication.translate(
            "TalkingHelp", "Questions and answers about these tuition-free classes."
        ),
    }.get(screen, "")


def keys() -> str:
    return QCoreApplication.translate(
        "TalkingHelp",
        "Keys: Down and Up move through everything on the screen. Enter chooses. Escape goes "
        "back. Home goes to the start. Control stops the voice. F7 is slower, F8 faster. F1 "
        "is this help. F2 turns talking mode off.",
    )
