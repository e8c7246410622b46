"""Draft letters written from the register: the raadsinformatiebrief and its raadsvoorstel.

Pure Python: ``facts`` is what the register knows about a region and a meeting, the
composers turn facts into a ``Letter`` (sections of paragraphs with numbered citations),
and the renderers in ``ruimtemonitor.reports`` write it as Markdown, HTML, DOCX or PDF.
The letters are in Dutch because the genre is; they are drafts for a person to finish.
"""
