"""`python -m bot` is `advisor-bot`."""

from bot.cli import main

main()
