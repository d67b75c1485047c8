"""The workspace: the open patient's four form pages and the widgets only they use (header,
undo, checklist items, consent banner, rows editor, partial date field, coordinators)."""
