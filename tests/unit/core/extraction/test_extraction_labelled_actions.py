"""Agenda actions over indented label lines only ("wie:", "wanneer:", "geld:"), on invented
wording: the action's title is its commitment."""

from tests.unit.core.extraction.readouts import agreements, commitment_texts

AGENDA_HEAD = (
    "NOVEX-gebied Voorbeeldkust\n"
    "Uitvoeringsagenda 2032\n\n"
    "Opgesteld door: het Rijk (BZK) en de provincie Voorbeeldland\n"
    "Datum: 12 mei 2032\n\n"
)


def _read(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [(a["number"], a["title"], commitment_texts(a)) for a in agreements(text)]


def test_actions_over_label_lines_are_agreements_with_their_title_as_commitment() -> None:
    text = (
        AGENDA_HEAD + "Opgave Wonen\n\n"
        "Het Rijk en de provincie komen overeen dat de gemeenten tot 2035 ruim 6.000\n"
        "woningen bouwen.\n\n"
        "  Actie 1  Zeedorp-Oost, herstructurering Vissershaven\n"
        "           wie: gemeente Zeedorp / BZK\n"
        "           wanneer: fase 1 gereed eind 2034\n"
        "           geld: € 18 mln Rijk\n\n"
        "  Actie 2  Ombouw Kustweg tot stadsstraat\n"
        "           Trekker: provincie Voorbeeldland\n"
        "           Gereed: 2036\n\n"
    )
    read = _read(text)
    numbered = [(n, t, c) for n, t, c in read if n is not None]
    assert numbered == [
        (
            "1",
            "Zeedorp-Oost, herstructurering Vissershaven",
            ["Zeedorp-Oost, herstructurering Vissershaven"],
        ),
        ("2", "Ombouw Kustweg tot stadsstraat", ["Ombouw Kustweg tot stadsstraat"]),
    ]


def test_an_action_with_a_sentence_keeps_the_sentence_as_its_commitment() -> None:
    text = (
        AGENDA_HEAD + "Opgave Wonen\n\n"
        "  Actie 1  Zeedorp-Oost, herstructurering Vissershaven\n"
        "           De gemeente herstructureert de Vissershaven.\n"
        "           wie: gemeente Zeedorp\n"
        "           wanneer: 2036\n\n"
    )
    commitments = [c for _n, t, c in _read(text) if t.startswith("Zeedorp-Oost")]
    assert commitments
    assert all(not c[0].startswith("Zeedorp-Oost") for c in commitments)
