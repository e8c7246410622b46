"""The pure-Python core: domain values and rules that know nothing of Django.

Everything here is importable and testable without a database or settings, so
the extraction, date and money parsing and funding rules stay fast to test and
reusable from other tools. Nothing in this package may import ``django``.
"""
