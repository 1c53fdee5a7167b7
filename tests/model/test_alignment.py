"""Alignment: the real renumbering example, scripted edits of every kind, pins."""
import pytest

from viewer.model import Pins, Status, compare, parse_resolution

from .helpers import compose, raw, seed

OPS = [
    "吁请所有国家坚持多边主义，共同促进人权领域的合作共赢；",
    "重申技术援助与能力建设对促进和保护人权的重要作用，呼吁各国应当事国的请求加强人权技术援助；",
    "强调普遍定期审议是一项建立在合作和建设性对话基础上的重要机制，目的包括改善实地人权状况；",
    "请联合国有关人权机制及程序继续重视在促进和保护所有人权方面的合作共赢；",
    "请人权理事会咨询委员会研究技术援助与能力建设在通过合作共赢促进和保护人权中的作用；",
    "决定在第四十六届会议议程项目 3 下召开一次为时两小时的会议，由人权理事会主席主持；",
    "决定继续处理此事。",
]
PPS = [
    "遵循《联合国宪章》，",
    "重申《世界人权宣言》和《维也纳宣言和行动纲领》，",
    "回顾大会和人权理事会通过的有关人权领域国际合作的以往各项决议，",
    "认识到不同宗教、文化和文明之间在人权领域的对话可大大有助于加强这一领域的国际合作，",
]


def rows(c):
    return [(p.old_id, p.new_id, p.status.value, p.moved, p.renumbered) for p in c.pairs]


def run(old_pps, old_ops, new_pps, new_ops, pins=Pins()):
    return compare(parse_resolution(compose(old_pps, old_ops)),
                   parse_resolution(compose(new_pps, new_ops)), pins=pins)


def test_37_23_to_43_21_renumbering():
    c = compare(seed("hrc-37-23-adopted"), seed("hrc-43-21-adopted"))
    ops = {(p.old_id, p.new_id): p for p in c.pairs if p.kind.value == "operative"}
    assert ("OP2", "OP4") in ops and ("OP3", "OP6") in ops and ("OP4", "OP7") in ops
    assert ("OP1", "OP1") in ops
    assert all(ops[k].renumbered and not ops[k].moved for k in [("OP2", "OP4"), ("OP3", "OP6")])
    # OP2 keeps no partner by number: 43/21 OP2 is a different paragraph
    assert (None, "OP2") in ops and ops[(None, "OP2")].status is Status.ADDED
    assert c.renumbering == [("OP2", "OP4"), ("OP3", "OP6"), ("OP4", "OP7")]
    # preambular moves found by similarity
    pps = {(p.old_id, p.new_id): p for p in c.pairs if p.kind.value == "preambular"}
    assert pps[("PP7", "PP12")].moved and pps[("PP11", "PP15")].moved
    assert pps[("PP9", "PP9")].status is Status.MODIFIED  # rewritten, still the same paragraph
    # reading order of the new text
    assert [p.new_id for p in c.pairs if p.kind.value == "operative" and p.new_id] == [f"OP{i}" for i in range(1, 11)]


def test_44_draft_to_ga_moves_and_verb_change():
    c = compare(seed("hrc-44-draft"), seed("ga-75-180-adopted"))
    pairs = {(p.old_id, p.new_id): p for p in c.pairs}
    assert pairs[("OP6", "OP3")].moved
    p = pairs[("OP29", "OP15")]
    assert p.moved and p.verb_change.old == "请" and p.verb_change.new == "鼓励"
    assert p.verb_change.direction == "weaker"
    assert pairs[("PP8", "PP15")].moved
    assert pairs[("PP17", "PP7")].status is Status.MODIFIED  # heavy rewrite recognised


def test_unchanged_texts():
    c = run(PPS, OPS, PPS, OPS)
    assert all(p.status is Status.UNCHANGED and not p.moved for p in c.pairs)
    assert c.summary["unchanged"] == len(PPS) + len(OPS)


def test_insertion_renumbers_following():
    new = OPS[:2] + ["鼓励各国分享在人权领域的最佳做法和良好经验，以增进相互理解；"] + OPS[2:]
    c = run(PPS, OPS, PPS, new)
    op_rows = [r for r in rows(c) if r[0] is None or r[0].startswith("OP")]
    assert (None, "OP3", "added", False, False) in op_rows
    assert ("OP3", "OP4", "unchanged", False, True) in op_rows
    assert ("OP7", "OP8", "unchanged", False, True) in op_rows


def test_deletion():
    new = OPS[:1] + OPS[2:]
    c = run(PPS, OPS, PPS, new)
    assert ("OP2", None, "deleted", False, False) in rows(c)
    assert ("OP3", "OP2", "unchanged", False, True) in rows(c)
    # a deleted paragraph sits after its old predecessor in reading order
    ids = [(p.old_id, p.new_id) for p in c.pairs if p.kind.value == "operative"]
    assert ids.index(("OP2", None)) == ids.index(("OP1", "OP1")) + 1


def test_move_is_found_and_only_the_moved_one_is_flagged():
    new = [OPS[4]] + OPS[:4] + OPS[5:]
    c = run(PPS, OPS, PPS, new)
    moved = [(p.old_id, p.new_id) for p in c.pairs if p.moved]
    assert moved == [("OP5", "OP1")]
    assert ("OP1", "OP2", "unchanged", False, True) in rows(c)


def test_preambular_move():
    new = [PPS[3]] + PPS[:3]
    c = run(PPS, OPS, new, OPS)
    assert [(p.old_id, p.new_id) for p in c.pairs if p.moved] == [("PP4", "PP1")]


def test_split_is_recognised():
    first, second = "重申技术援助与能力建设对促进和保护人权的重要作用；", "呼吁各国应当事国的请求加强人权技术援助；"
    new = OPS[:1] + [first, second] + OPS[2:]
    c = run(PPS, OPS, PPS, new)
    split = [p for p in c.pairs if p.relation == "split"]
    assert len(split) == 1
    assert (split[0].old_id, split[0].new_id) == ("OP2", "OP2+OP3")
    assert split[0].status is Status.MODIFIED
    assert c.summary["split"] == 1


def test_merge_is_recognised():
    a = "重申技术援助与能力建设对促进和保护人权的重要作用；"
    b = "呼吁各国应当事国的请求并按其确定的优先事项加强人权技术援助与能力建设；"
    old = OPS[:1] + [a, b] + OPS[2:]
    new = OPS[:1] + ["重申技术援助与能力建设对促进和保护人权的重要作用，呼吁各国应当事国的请求并按其确定的优先事项加强人权技术援助与能力建设；"] + OPS[2:]
    c = run(PPS, old, PPS, new)
    merged = [p for p in c.pairs if p.relation == "merge"]
    assert [(p.old_id, p.new_id) for p in merged] == [("OP2+OP3", "OP2")]


def test_rewritten_number_partner_is_not_kept():
    new = list(OPS)
    new[1] = "欢迎各国在南南合作框架下分享减贫经验，并鼓励国际社会提供资金支持；"
    c = run(PPS, OPS, PPS, new)
    assert ("OP2", None, "deleted", False, False) in rows(c)
    assert (None, "OP2", "added", False, False) in rows(c)


def test_lightly_edited_number_partner_is_kept():
    new = list(OPS)
    new[1] = OPS[1].replace("重申", "强调").replace("加强", "进一步加强")
    c = run(PPS, OPS, PPS, new)
    p = c.pair("OP2>OP2")
    assert p.status is Status.MODIFIED and p.verb_change.new == "强调"


def test_duplicates_pair_in_order():
    ops = ["决定继续处理此事。", "请秘书长提交报告；", "决定继续处理此事。"]
    c = run(PPS, ops, PPS, ops)
    assert [(p.old_id, p.new_id) for p in c.pairs if p.kind.value == "operative"] == [
        ("OP1", "OP1"), ("OP2", "OP2"), ("OP3", "OP3")]


def test_pin_and_unpair():
    c = compare(seed("hrc-37-23-adopted"), seed("hrc-43-21-adopted"))
    assert c.pair("OP5>").status is Status.DELETED
    pinned = compare(c.old, c.new, pins=Pins().pin("OP5", "OP5"))
    p = pinned.pair("OP5>OP5")
    assert p.pinned and p.status is Status.MODIFIED and p.diff.changed
    assert p.verb_change.old == "请" and p.verb_change.new == "注意到"
    unpaired = compare(c.old, c.new, pins=Pins().unpair("OP2", "OP4"))
    assert "OP2>OP4" not in [q.key for q in unpaired.pairs]
    assert any(q.old_id == "OP2" for q in unpaired.pairs)
    # pinning a pair across the order makes it a move, the rest stays
    crossed = compare(c.old, c.new, pins=Pins().pin("OP1", "OP10"))
    assert crossed.pair("OP1>OP10").moved and crossed.pair("OP1>OP10").pinned


def test_pins_serialise():
    pins = Pins().pin("OP1", "OP2").unpair("OP3", "OP4")
    assert Pins.from_dict(pins.to_dict()) == pins
    assert pins.pin("OP1", "OP5").pairs == frozenset({("OP1", "OP5")})
    assert pins.reset() == Pins()


@pytest.mark.parametrize("name", ["hrc-43-21-adopted", "hrc-44-draft", "en-hrc-draft"])
def test_every_paragraph_appears_exactly_once(name):
    other = {"hrc-43-21-adopted": "hrc-37-23-adopted", "hrc-44-draft": "ga-75-180-adopted",
             "en-hrc-draft": "en-hrc-adopted"}[name]
    c = compare(seed(name), seed(other))
    olds = [p.id for pair in c.pairs for p in pair.old]
    news = [p.id for pair in c.pairs for p in pair.new]
    assert sorted(olds) == sorted(p.id for p in c.old.paragraphs) and len(set(olds)) == len(olds)
    assert sorted(news) == sorted(p.id for p in c.new.paragraphs) and len(set(news)) == len(news)


def test_scripted_edit_mix_on_a_real_text():
    """Delete, insert, move, reword on 44-draft OPs; the alignment recovers the script."""
    base = seed("hrc-44-draft")
    ops = [p.text for p in base.operative]
    new = list(ops)
    moved = new.pop(9)            # old OP10 moves to the front
    new.insert(0, moved)
    del new[20]                   # an old OP deleted
    new.insert(5, "邀请各国在人权理事会框架内就数字技术对人权的影响交流经验；")
    new[15] = new[15].replace("重申", "强调", 1)
    text = raw("hrc-44-draft")
    start = text.index(" 1. 重申通过国际合作")
    rebuilt = text[:start] + "\n\n".join(f" {i}. {t}" for i, t in enumerate(new, 1)) + "\n"
    c = compare(base, parse_resolution(rebuilt))
    assert c.pair("OP10>OP1").moved
    assert c.pair(">OP6").status is Status.ADDED
    assert sum(1 for p in c.pairs if p.status is Status.DELETED and p.kind.value == "operative") == 1
    assert sum(1 for p in c.pairs if p.moved) == 1


def test_pair_flags():
    c = compare(seed("hrc-37-23-adopted"), seed("hrc-43-21-adopted"), pins=Pins().pin("OP5", "OP5"))
    assert c.pair("OP2>OP4").flags == ("renumbered",)
    assert c.pair("PP7>PP12").flags == ("moved",)
    assert c.pair("OP5>OP5").flags == ("moved", "pinned")
    assert c.pair("PP1>PP1").flags == ()
