"""Cards over the dimmed window: Still there?, the language and display choosers, Start over?."""
