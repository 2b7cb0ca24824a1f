"""The advisor's Discord bot: a thin shell over the `advisor` library (README: Run the
Discord bot). Importing it connects to nothing; `advisor-bot run` does."""
