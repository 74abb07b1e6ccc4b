"""`python -m factdb` runs the command line."""

from factdb.cli import app

app(prog_name="factdb")
