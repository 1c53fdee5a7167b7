"""Language profiles: the parser's vocabulary comes from one profile per language, so a new
language is a new profile (here French, registered by the test) and nothing else."""
from __future__ import annotations

import pytest

from viewer.model import parse_resolution
from viewer.model.citations import citation_label, find_citations
from viewer.model.profiles import Profile, en, profile, profiles, register, text_direction
from viewer.model.verbs import compare_verbs, leading_verb

FRENCH = Profile(
    code="fr", direction="ltr", spaced=True,
    bodies=("Assemblée générale", "Conseil des droits de l’homme"),
    opening=r"(?:L’|L')?(?P<body>{bodies})\s*,",
    preambular=("Réaffirmant", "Rappelant", "Considérant", "Prenant note"),
    operative=("Réaffirme", "Demande", "Prie", "Invite", "Encourage", "Décide", "Exhorte"),
    adverbs=("également", "en outre"),
    scales={"request": {"encourage": 1, "invite": 1, "prie": 2, "demande": 2, "exhorte": 3,
                        "décide": 5}},
    record_cues=(r"^\d{1,3}e séance plénière", r"^[\[［]Adopté"),
    meeting=r"(\d{1,3})e séance plénière",
    without_vote=r"sans vote",
    session=r"(\d{1,3})e session",
    agenda=r"[Pp]oint\s+\d+\s+de l’ordre du jour|[Pp]oint",
    draft=r"[Pp]rojet de résolution",
    adopted=r"[Rr]ésolution adoptée par",
    references=r"\b[Rr]ésolutions?\s+{num}(?:\s*(?:,|et)\s*{num})*",
    decision_word=r"^[Dd]écision",
    reference_label={"resolution": "résolution {n}", "decision": "décision {n}"},
)

TEXT = """Assemblée générale
Quatre-vingtième session
Résolution adoptée par l’Assemblée générale le 1er décembre 2025
80/14. Traité sur une zone exempte d’armes nucléaires en Afrique
L’Assemblée générale,
 Rappelant ses résolutions 51/53 et 56/17 et toutes ses autres résolutions pertinentes,
 Considérant que la création de zones exemptes d’armes nucléaires renforcerait la sécurité,
 1. Demande aux États africains qui ne l’ont pas encore fait de signer et ratifier le Traité ;
 2. Prie le Secrétaire général de lui présenter un rapport ;
 3. Décide d’inscrire la question à l’ordre du jour de sa quatre-vingt-unième session.
52e séance plénière
1er décembre 2025
"""


@pytest.fixture
def french():
    register(FRENCH)
    yield FRENCH
    import viewer.model.profiles as registry

    registry._PROFILES.pop("fr", None)


def test_built_in_profiles():
    assert [p.code for p in profiles()][:2] == ["zh", "en"]
    assert text_direction("zh") == text_direction("en") == "ltr"
    assert profile("xx") is en.PROFILE  # an unknown language reads as English
    assert leading_verb("又再次重申", True, "zh") == "又再次重申"
    assert leading_verb("Also recalls", True, "en") == "Also recalls"
    assert leading_verb("Deploring", False, "en") == "Deploring"
    assert leading_verb("Lamenting", False, "en") == "Lamenting"
    assert leading_verb("Lamenting", False, "en", strict=True) is None


def test_adding_french_is_adding_a_profile(french):
    r = parse_resolution(TEXT, "fr.txt")
    assert r.language == "fr" and r.opening == "L’Assemblée générale,"
    assert [p.id for p in r.paragraphs] == ["PP1", "PP2", "OP1", "OP2", "OP3"]
    assert [p.verb for p in r.operative] == ["Demande", "Prie", "Décide"]
    assert r.paragraph("PP1").verb == "Rappelant"
    m = r.metadata
    assert (m.body, m.number, m.session, m.meeting, m.status) == (
        "Assemblée générale", "80/14", "80", "52", "adopted")
    assert r.paragraph("PP1").citations == ("resolution 51/53", "resolution 56/17")
    assert citation_label("resolution 51/53", "fr") == "résolution 51/53"
    change = compare_verbs("Prie", "Exhorte")
    assert (change.direction, change.scale) == ("stronger", "request")
    assert compare_verbs("Décide", "Encourage").direction == "weaker"
    assert leading_verb("En outre Rappelant", False, "fr") == "En outre Rappelant"


def test_without_the_french_profile_the_same_text_is_not_read_as_french():
    # No opening formula in a known language, but numbered OPs: read, with English defaults.
    r = parse_resolution(TEXT, "fr.txt")
    assert r.opening is None and len(r.operative) == 3
    assert find_citations("résolution 51/53") == ()
