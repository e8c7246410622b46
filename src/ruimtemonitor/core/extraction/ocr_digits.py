"""Digits a scan read as letters ("l8", "2O10", "B0 MIRT"), put back before anything else reads
the text. Every replacement keeps the length, so offsets into the original stay valid."""

from __future__ import annotations

import re

__all__ = ["repair_ocr_digits"]

# "l8", "2l3", "nr. 3l", "€ l,2"; "2O10", "3OO": a letter beside digits in a run that is a number.
# Each of these patterns opens with a look at the one character it can start on ("(?=[lI])"):
# the same matches, but the look-behinds are tried only there, not at every character of the
# text (five times faster on a whole bundle).
_OCR_ONE = re.compile(
    r"(?=[lI])(?:(?<![^\W\d_])[lI](?=\d)|(?<=\d)[lI](?=\d)|(?<=\d)l(?![^\W_])"
    r"|(?<=€ )l(?=[,.]\d)|(?<=€)l(?=[,.]\d)"
    # "l,2 miljoen" without €: a lone l before decimals and the word of a sum
    r"|(?<![^\W_])l(?=[,.]\d{1,3}[ \t]+(?:mln|miljoen|miljard|mld|mrd)\b))"
)
# "€ 1,O mld.": an O after a decimal comma is a zero too.
_OCR_ZERO = re.compile(
    r"(?=O)(?:(?<=\d)O+(?![^\W\d_])|(?<![^\W\d_])O+(?=\d)|(?<=\d)O(?=\d)"
    r"|(?<=\d,)O+(?![^\W\d_]))"
)
# "0verleg", "B0 MIRT": a zero read for the capital O of a word or of the meeting's name.
_OCR_LETTER_O = re.compile(r"(?=0)(?:(?<![^\W_])0(?=[a-z]{3,})|(?<=\bB)0(?=L?(?![^\W_])))")
# "2Ol0": both letters in one year, which the two patterns above leave alone.
_OCR_YEAR = re.compile(
    r"(?=[12lI])(?<![^\W_])(?=[\dOlI]*[OlI])(?:19|20|2O|l9|I9)[\dOlI]{2}(?![^\W_])"
)


def repair_ocr_digits(text: str) -> str:
    """Scans read "18" as "l8" and "2010" as "2O10"; a letter beside digits is read as the digit.

    Every replacement has the same length, so offsets into the original text stay valid.
    """
    text = _OCR_YEAR.sub(lambda m: m.group().translate(_DIGIT_OF), text)
    text = _OCR_LETTER_O.sub("O", text)
    return _OCR_ZERO.sub(lambda m: "0" * len(m.group()), _OCR_ONE.sub("1", text))


_DIGIT_OF = str.maketrans("OlI", "011")
