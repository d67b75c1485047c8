"""The command line's commands, one module per group; `desktop.cli` parses and dispatches.

Each group module offers ``register(subparsers)`` and imports its heavy dependencies only when
its command runs. They share `base` (exit codes, `Refused`, opening the data folder's database)
and sit below the entry points: nothing here imports `desktop.cli` or `desktop.app`.
"""
