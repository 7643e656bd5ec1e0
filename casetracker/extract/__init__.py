"""Reading facts from filing text: pure functions, text in, dataclasses out."""
