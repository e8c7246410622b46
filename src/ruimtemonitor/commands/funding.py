"""`ruimtemonitor funding assess|classify|rounds|rerun`: the funding engine from the command line.

Assessing a spreadsheet needs no database, so ``assess`` and ``classify`` work
before the register is set up and never import Django. Only storing a round
(``assess --save``), listing rounds and re-running one touch the register; they
set Django up when called. Bad input exits with status 2 and lists every problem
on stderr, one per line, naming file, row, column, value and what was expected.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import sys
from pathlib import Path
from types import ModuleType

from ruimtemonitor.commands._arguments import actions, command, iso_date, repeatable
from ruimtemonitor.core.funding.allocation import quiet_native_stdout
from ruimtemonitor.core.funding.errors import InputError, SchemeError
from ruimtemonitor.core.funding.notation import format_eur, format_int
from ruimtemonitor.core.funding.output import (
    write_assessment_csv,
    write_assessment_xlsx,
    write_classification_csv,
    write_classification_xlsx,
)
from ruimtemonitor.core.funding.service import (
    AssessmentResult,
    ClassificationResult,
    Proposal,
    assess_file,
    available_schemes,
    classify_file,
)

EXIT_OK = 0
EXIT_DIFFERENT = 1
EXIT_BAD_INPUT = 2


TEXTS = {
    "funding": "assess funding proposals (WoKT, afweegkader) and classify housing locations",
    "funding:description": "The funding engine; rules, assumptions and output shapes: "
    "docs/funding.md.",
    "assess": "knock-outs, ranking and budget allocation for a file of proposals",
    "assess:description": "Columns (Dutch, or the English aliases in docs/funding.md): id, naam, "
    "gemeente, provincie, woningen, woningen_al_afgesproken, start_bouw, financieel_tekort, "
    "gevraagde_bijdrage, btw, rws_betrokken, prorail_betrokken, effect_hoofdnet; the "
    "afweegkader also needs gebied, realistische_planning, bereikbaarheidswaarde.",
    "classify": "classify housing locations (regional large-scale, Rijksregie candidates)",
    "classify:description": "Columns: id, naam, gemeente, provincie (optional), type (regiokern, "
    "centrumgemeente, metropoolkern), metropoolregio (ja/nee), woningen_tm_2034, "
    "woningen_voor_2030.",
    "rounds": "list the funding rounds stored in the register",
    "rounds:description": "One line per stored round: id, name, scheme@version, peildatum, "
    "budget and the proposals funded by the greedy and the optimal allocation.",
    "rerun": "recompute a stored round and compare with its stored result",
    "rerun:description": "Exit status 0 when the result is identical, 1 when it differs (the "
    "differences are listed), 2 when the round cannot be reproduced (for example because the "
    "installed scheme has another version).",
    "file": "CSV (comma or semicolon) or XLSX",
    "--scheme": f"scheme name ({', '.join(available_schemes())}) or path to a scheme .toml",
    "--peildatum": "reference date YYYY-MM-DD",
    "--budget": "budget in euros (default: the scheme's)",
    "--max-share-per-province": "cap per province as a fraction of the budget, e.g. 0.2",
    "--weight": "override a weight",
    "--threshold": "override a knock-out threshold",
    "--time-limit": "solver time limit",
    "--save": "store the round in the register under this name (needs the database)",
    "classify --scheme": "thresholds: name or .toml path",
    "id": "the round's id (see `ruimtemonitor funding rounds`)",
    "rerun --scheme": "load the rules from this .toml instead of the installed scheme of the "
    "same name; it must carry the stored version",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``funding`` with the actions ``assess``, ``classify``, ``rounds`` and ``rerun``."""
    group = actions(command(subparsers, "funding", None, TEXTS))
    assess = command(group, "assess", handle_assess, TEXTS)
    assess.add_argument("file", type=Path, help=TEXTS["file"])
    assess.add_argument("--scheme", required=True, help=TEXTS["--scheme"])
    assess.add_argument("--peildatum", required=True, type=iso_date, help=TEXTS["--peildatum"])
    assess.add_argument("--budget", metavar="EUR", help=TEXTS["--budget"])
    share = TEXTS["--max-share-per-province"]
    assess.add_argument("--max-share-per-province", metavar="FRACTION", help=share)
    repeatable(assess, "--weight", TEXTS["--weight"])
    repeatable(assess, "--threshold", TEXTS["--threshold"])
    limit = TEXTS["--time-limit"]
    assess.add_argument("--time-limit", type=_seconds, default=60.0, metavar="SECONDS", help=limit)
    assess.add_argument("--save", metavar="NAME", help=TEXTS["--save"])
    _output_arguments(assess)

    classify = command(group, "classify", handle_classify, TEXTS)
    classify.add_argument("file", type=Path, help=TEXTS["file"])
    default = "locaties-2025"
    classify.add_argument("--scheme", default=default, help=TEXTS["classify --scheme"])
    repeatable(classify, "--threshold", "override a threshold", metavar="KEY=VALUE")
    _output_arguments(classify)

    command(group, "rounds", handle_rounds, TEXTS)
    rerun = command(group, "rerun", handle_rerun, TEXTS)
    rerun.add_argument("id", type=int, help=TEXTS["id"])
    rerun.add_argument("--scheme", metavar="PATH", help=TEXTS["rerun --scheme"])


def _output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("json", "csv", "xlsx"), default="json")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write here (required for xlsx)")


def _pairs(values: list[str], option: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for value in values:
        name, sep, number = value.partition("=")
        if not sep or not name.strip() or not number.strip():
            raise SchemeError(f"{option} verwacht NAAM=WAARDE, niet {value!r}")
        pairs[name.strip()] = number.strip()
    return pairs


def _fail(message: str) -> int:
    print(f"ruimtemonitor funding: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _bad_input(exc: InputError | SchemeError) -> int:
    """A file's problems one per line (file, row, column, value); a scheme's as one sentence."""
    if isinstance(exc, InputError):
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    return _fail(str(exc))


def _deliver(result: AssessmentResult | ClassificationResult, args: argparse.Namespace) -> int:
    """Write the result where asked; EXIT_OK, or EXIT_BAD_INPUT when it cannot be written."""
    try:
        _write(result, args.format, args.out)
    except OSError as exc:
        return _fail(f"{args.out}: cannot write the output ({exc.strerror}).")
    return EXIT_OK


def _rounds_service() -> ModuleType:
    """The register's funding services, with Django set up first (only when needed)."""
    from ruimtemonitor.commands._django import setup_django

    setup_django()
    from ruimtemonitor.funding import services

    return services


def handle_assess(args: argparse.Namespace) -> int:
    """Assess the proposals in ``args.file`` and write the result; 2 on bad input.

    With ``--save`` the round is stored after a successful assessment; bad input
    or a name already in use stores nothing.
    """
    if args.format == "xlsx" and args.out is None:
        return _fail("--format xlsx vereist --out BESTAND")
    rounds = None
    if args.save is not None:
        rounds = _rounds_service()
        try:
            rounds.check_register()
            rounds.check_round_name(args.save)
        except rounds.FundingRoundError as exc:
            return _fail(str(exc))
    try:
        overrides = {
            "weights": _pairs(args.weight, "--weight"),
            "thresholds": _pairs(args.threshold, "--threshold"),
        }
        with quiet_native_stdout():  # HiGHS may print debug lines to fd 1
            result = assess_file(
                args.file,
                args.scheme,
                args.peildatum,
                budget=args.budget,
                max_share_per_province=args.max_share_per_province,
                overrides={k: v for k, v in overrides.items() if v},
                time_limit=args.time_limit,
            )
    except (InputError, SchemeError) as exc:
        return _bad_input(exc)
    failed = _deliver(result, args)  # the output first: a round is kept only once it arrived
    if failed:
        return failed
    saved = None
    if rounds is not None:
        try:
            saved = rounds.save_round(
                result,
                name=args.save,
                proposals=_as_submitted(result),
                source_name=args.file.name,
                source_hash=hashlib.sha256(args.file.read_bytes()).hexdigest(),
                time_limit=args.time_limit,
            )
        except rounds.FundingRoundError as exc:
            return _fail(str(exc))
    if args.out is not None:
        print(_summary(result))
    if saved is not None:
        print(f"Opgeslagen als financieringsronde {saved.pk}: {saved.name!r}.", file=sys.stderr)
    return EXIT_OK


def handle_classify(args: argparse.Namespace) -> int:
    """Classify the locations in ``args.file`` and write the result; 2 on bad input."""
    if args.format == "xlsx" and args.out is None:
        return _fail("--format xlsx vereist --out BESTAND")
    try:
        result = classify_file(args.file, args.scheme, _pairs(args.threshold, "--threshold"))
    except (InputError, SchemeError) as exc:
        return _bad_input(exc)
    return _deliver(result, args)


def handle_rounds(args: argparse.Namespace) -> int:
    """List the stored rounds, newest first."""
    rounds = _rounds_service()
    try:
        rounds.check_register()
        stored = rounds.list_rounds()
    except rounds.FundingRoundError as exc:
        return _fail(str(exc))
    if not stored:
        print("Nog geen financieringsrondes opgeslagen.")
        return EXIT_OK
    table = [("id", "naam", "regeling", "peildatum", "budget", "greedy", "optimaal")]
    for item in stored:
        table.append(
            (
                str(item.pk),
                item.name,
                item.scheme_label,
                item.peildatum.isoformat(),
                format_eur(item.budget_eur),
                _funded(item.allocation("greedy")),
                _funded(item.allocation("optimal")),
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
    return EXIT_OK


def handle_rerun(args: argparse.Namespace) -> int:
    """Recompute a stored round: 0 identical, 1 different (listed), 2 not reproducible."""
    rounds = _rounds_service()
    try:
        rounds.check_register()
        stored = rounds.get_round(args.id)
        with quiet_native_stdout():
            rerun = rounds.rerun_round(stored, scheme=args.scheme)
    except rounds.FundingRoundError as exc:
        return _fail(str(exc))
    label = (
        f"Ronde {stored.pk} ({stored.name!r}, {stored.scheme_label}, "
        f"peildatum {stored.peildatum.isoformat()})"
    )
    if rerun.identical:
        print(f"{label}: opnieuw berekend; de uitkomst is identiek aan de opgeslagen uitkomst.")
        return EXIT_OK
    ids = rerun.differing_proposals
    which = f"; voorstellen: {', '.join(ids)}" if ids else ""
    print(
        f"{label}: opnieuw berekend; de uitkomst wijkt af "
        f"({len(rerun.differences)} verschil(len){which})."
    )
    for difference in rerun.differences:
        where = difference.proposal_id or "ronde"
        field = f": {difference.field}" if difference.field else ""
        print(
            f"  {where}{field}: opgeslagen {_shown(difference.stored, rounds.ABSENT)}, "
            f"nu {_shown(difference.now, rounds.ABSENT)}"
        )
    if stored.engine_version and stored.engine_version != rerun.engine_version:
        print(
            f"  Opgeslagen met Ruimtemonitor {stored.engine_version}, "
            f"nu berekend met {rerun.engine_version}."
        )
    return EXIT_DIFFERENT


def _as_submitted(result: AssessmentResult) -> list[Proposal]:
    """The assessed proposals in file order (the result lists them by rank)."""
    proposals = [a.proposal for a in result.proposals]
    return sorted(proposals, key=lambda p: (p.row is None, p.row or 0))


def _funded(summary: dict) -> str:
    count, homes = summary.get("count"), summary.get("new_homes")
    if not isinstance(count, int) or not isinstance(homes, int):
        return "–"
    return f"{count} ({format_int(homes)} woningen)"


def _shown(value: object, absent: str) -> str:
    if value == absent:
        return "(ontbreekt)"
    return json.dumps(value, ensure_ascii=False)


def _write(result: AssessmentResult | ClassificationResult, fmt: str, out: Path | None) -> None:
    assessment = isinstance(result, AssessmentResult)
    if fmt == "xlsx":
        assert out is not None
        (write_assessment_xlsx if assessment else write_classification_xlsx)(result, out)  # type: ignore[operator]
        return
    if fmt == "csv":
        buffer = io.StringIO()
        (write_assessment_csv if assessment else write_classification_csv)(result, buffer)  # type: ignore[operator]
        text = buffer.getvalue()
    else:
        text = json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, not {text!r}")
    return value


def _summary(result: AssessmentResult) -> str:
    eligible = sum(1 for p in result.proposals if p.eligible)
    optimal = result.optimal
    proof = "bewezen optimaal" if optimal.proven_optimal else "optimaliteit niet bewezen"
    return (
        f"{len(result.proposals)} voorstellen, {eligible} door de knock-outs; "
        f"greedy {result.greedy.count} gefinancierd ({result.greedy.value} nieuwe woningen), "
        f"optimaal {optimal.count} ({optimal.value} nieuwe woningen, {proof})."
    )
