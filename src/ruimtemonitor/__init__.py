"""Ruimtemonitor: a living register of what the Rijk and the regions agree in spatial planning."""

__version__ = "0.1.0"
