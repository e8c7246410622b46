from hypothesis import given
from hypothesis import strategies as st

from ruimtemonitor.core.lineage_matching import (
    ChangeKind,
    DiffPart,
    Version,
    match_generations,
    word_diff,
)

WATER = (
    "Rijk en provincie borgen de drinkwatervoorziening bij nieuwe woningbouwlocaties en "
    "reserveren ruimte voor winning."
)
ENERGY = "Provincie en netbeheerders leggen de energie-infrastructuur vast in het programma."
SOIL = "Het Rijk onderzoekt met de provincie de bodemdaling in het veenweidegebied."
NATURE = "Partijen realiseren het Natuurnetwerk Nederland uiterlijk in 2027."
HOUSING = "De regio bouwt 25.000 woningen in de periode tot 2030, waarvan twee derde betaalbaar."
MOBILITY = "Rijk en regio werken de bereikbaarheid van het knooppunt Ede-Wageningen uit."


def kinds(links):
    return sorted((link.kind, link.previous, link.next) for link in links)


def test_a_generation_read_again_is_unchanged_everywhere() -> None:
    generation = [
        Version("a", "2.1", "Drinkwater", WATER),
        Version("b", "2.2", "Energie", ENERGY),
    ]
    links = match_generations(generation, generation)
    assert [link.kind for link in links] == [ChangeKind.UNCHANGED, ChangeKind.UNCHANGED]
    assert all(link.confidence == 1.0 and not link.needs_review for link in links)


def test_add_drop_rename_renumber_merge_and_split() -> None:
    previous = [
        Version("w", "2.1", "Drinkwater en woningbouw", WATER),
        Version("e", "2.2", "Energie-infrastructuur", ENERGY),
        Version("s", "3.1", "Bodemdaling veenweide", SOIL),
        Version("n1", "4.1", "Natuurnetwerk", NATURE),
        Version("n2", "4.2", "Natuurnetwerk tempo", "Partijen versnellen de aankoop van gronden."),
        Version("h", "5.1", "Woningbouw en bereikbaarheid", f"{HOUSING} {MOBILITY}"),
    ]
    current = [
        # renamed: same number, reworded title and one more sentence
        Version(
            "W", "2.1", "Drinkwater bij woningbouw", f"{WATER} De provincie rapporteert jaarlijks."
        ),
        # renumbered, unchanged wording
        Version("E", "2.3", "Energie-infrastructuur", ENERGY),
        # merged: 4.1 and 4.2 became one agreement
        Version(
            "N",
            "4.1",
            "Natuurnetwerk",
            f"{NATURE} Partijen versnellen de aankoop van gronden.",
        ),
        # split: 5.1 became two agreements
        Version("H1", "5.1", "Woningbouw", HOUSING),
        Version("H2", "5.2", "Bereikbaarheid knooppunt", MOBILITY),
        # new
        Version("X", "6.1", "Klimaatadaptatie", "Gemeenten maken stresstests voor wateroverlast."),
    ]
    links = match_generations(previous, current)
    found = {(link.kind, link.previous, link.next) for link in links}
    assert (ChangeKind.CHANGED, ("w",), ("W",)) in found
    assert (ChangeKind.UNCHANGED, ("e",), ("E",)) in found
    assert (ChangeKind.MERGED, ("n1", "n2"), ("N",)) in found
    assert (ChangeKind.SPLIT, ("h",), ("H1", "H2")) in found
    assert (ChangeKind.NEW, (), ("X",)) in found
    assert (ChangeKind.DROPPED, ("s",), ()) in found
    renumbered = next(link for link in links if link.next == ("E",))
    assert renumbered.renumbered
    # every agreement appears exactly once on its side
    assert sorted(k for link in links for k in link.previous) == sorted(v.key for v in previous)
    assert sorted(k for link in links for k in link.next) == sorted(v.key for v in current)
    # merges and splits are for a person to confirm
    assert all(link.needs_review for link in links if link.kind in {"merged", "split"})


def test_a_reused_number_with_other_content_is_not_a_continuation() -> None:
    previous = [Version("old", "2.1", "Bodemdaling veenweide", SOIL)]
    current = [Version("new", "2.1", "Energie-infrastructuur", ENERGY)]
    assert kinds(match_generations(previous, current)) == [
        (ChangeKind.DROPPED, ("old",), ()),
        (ChangeKind.NEW, (), ("new",)),
    ]


def test_changed_agreement_carries_a_word_diff() -> None:
    previous = [Version("a", "2.1", "Drinkwater", WATER)]
    current = [Version("b", "2.1", "Drinkwater", WATER.replace("reserveren", "beschermen"))]
    (link,) = match_generations(previous, current)
    assert link.kind == ChangeKind.CHANGED
    assert DiffPart("delete", "reserveren") in link.text_diff
    assert DiffPart("insert", "beschermen") in link.text_diff
    assert link.title_diff == []


def test_word_diff_rebuilds_both_texts() -> None:
    parts = word_diff("de provincie bouwt", "de regio bouwt snel")
    assert " ".join(p.words for p in parts if p.op != "insert") == "de provincie bouwt"
    assert " ".join(p.words for p in parts if p.op != "delete") == "de regio bouwt snel"


versions = st.lists(
    st.tuples(
        st.sampled_from(["", "1.1", "1.2", "2.1"]),
        st.text(min_size=0, max_size=30),
        st.text(min_size=0, max_size=60),
    ),
    max_size=8,
)


@given(versions, versions)
def test_every_agreement_is_accounted_for_once(old, new) -> None:
    previous = [Version(("p", i), *item) for i, item in enumerate(old)]
    current = [Version(("c", i), *item) for i, item in enumerate(new)]
    links = match_generations(previous, current)
    assert sorted(k for link in links for k in link.previous) == sorted(v.key for v in previous)
    assert sorted(k for link in links for k in link.next) == sorted(v.key for v in current)
    assert all(0.0 <= link.confidence <= 1.0 for link in links)


def test_the_old_number_a_heading_names_wins_over_a_reused_number() -> None:
    """ "Afspraak 3.2 (was 4.1)": the letter says where it came from, even when reworded and
    when its own new number belonged to another agreement last year."""
    previous = [
        Version("old-3.2", "3.2", "Energie-infrastructuur", ENERGY),
        Version("old-4.1", "4.1", "Bodemdaling", SOIL),
    ]
    current = [
        Version("new-3.2", "3.2", "Veenweide", "Rijk en provincie werken samen.", "4.1"),
        Version("new-3.3", "3.3", "Energie-infrastructuur", ENERGY),
    ]
    links = {link.next: link for link in match_generations(previous, current)}
    assert links[("new-3.2",)].previous == ("old-4.1",)
    assert links[("new-3.2",)].renumbered
    assert not links[("new-3.2",)].needs_review
    assert links[("new-3.3",)].previous == ("old-3.2",)
