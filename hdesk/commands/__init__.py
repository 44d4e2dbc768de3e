"""Command-line verbs, one module per group; each exposes register(subparsers)."""

MODULES = (
    "hdesk.commands.basic",
    "hdesk.commands.pdf",
    "hdesk.commands.exchange",
    "hdesk.commands.partners",
    "hdesk.commands.backups",
    "hdesk.commands.plan",
)
