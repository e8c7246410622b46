"""The funding engine: WoKT and afweegkader assessments, allocation, location classification.

Pure Python (no Django). Use :mod:`ruimtemonitor.core.funding.service` as the
facade; docs/funding.md documents the rules, assumptions and output shapes.
"""
