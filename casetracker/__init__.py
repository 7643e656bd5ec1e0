"""casetracker: a terminal-first litigation document tracker."""

__version__ = "0.1.0"
