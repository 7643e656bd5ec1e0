"""`python -m casetracker`: the same as the `casetracker` command."""

from casetracker.cli import main

main()
