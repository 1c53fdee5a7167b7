"""Leading verbs of resolution paragraphs and the strength of the ask they carry.

A change of operative verb is often the whole negotiation: 鼓励 (encourages) < 请 (requests)
< 敦促 (urges) < 决定 (decides). Verbs sit on named scales; a change within one scale is
"stronger" or "weaker", a change across scales is "different".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Adverbs that repeat a verb ("又重申", "Further reaffirms") without changing its force.
ZH_ADVERBS = ("又再次", "还再次", "再次", "又", "还")
EN_ADVERBS = ("also", "further", "again", "once again", "furthermore", "moreover")

# Longest first matters: 赞赏地注意到 before 注意到, 深为关切地认识到 before 深为关切.
ZH_PREAMBULAR = sorted(set("""
遵循 重申 回顾 承认 强调 强调指出 着重指出 认为 认识到 确认 注意到 赞赏地注意到 深为关切
深为关切地认识到 深切关注 关切地注意到 关切 决心 再次申明 申明 欢迎 铭记 深信 意识到 忆及 考虑到
念及 满意地注意到 痛惜 震惊 肯定 赞赏 关注 表示关切 申明 重视 希望 相信 坚信 深感 认同 指出
""".split()), key=len, reverse=True)
ZH_OPERATIVE = sorted(set("""
重申 吁请 呼吁 鼓励 邀请 请 促请 敦促 强烈敦促 决定 强调 注意到 赞赏地注意到 欢迎 确认 认为 回顾
着重指出 表示关切 深表关切 深为关切 决心 赞赏 表示赞赏 谴责 强烈谴责 支持 核可 认可 授权 要求
申明 再次申明 建议 感谢 赞扬 宣布 表示 指出 承认 认识到 敦请 请求 提请 重视 期待 邀 同意 通过
""".split()), key=len, reverse=True)

EN_PREAMBULAR = sorted(set(v.strip() for v in """
Guided by|Reaffirming|Recalling|Recognizing|Recognising|Acknowledging|Stressing|Emphasizing|
Underlining|Underscoring|Considering|Noting with appreciation|Noting with concern|Noting|
Taking note|Welcoming|Deeply concerned|Concerned|Alarmed|Bearing in mind|Mindful|Convinced|
Aware|Determined|Affirming|Expressing|Having considered|Having examined|Believing|Reiterating|
Deploring|Regretting|Appreciating|Encouraged|Taking into account|Observing|Seeking|Desiring
""".replace("\n", "").split("|") if v.strip()), key=len, reverse=True)
EN_OPERATIVE = sorted(set(v.strip() for v in """
Reaffirms|Calls upon|Calls on|Encourages|Invites|Requests|Urges|Strongly urges|Decides|
Stresses|Emphasizes|Underlines|Underscores|Takes note with appreciation|Takes note|Notes with
appreciation|Notes with concern|Notes|Welcomes|Recognizes|Recognises|Acknowledges|Considers|
Recalls|Expresses deep concern|Expresses concern|Expresses its appreciation|Expresses
appreciation|Expresses|Condemns|Strongly condemns|Supports|Endorses|Approves|Authorizes|
Demands|Affirms|Declares|Reiterates|Commends|Appeals|Emphasises|Resolves|Deplores|Regrets|
Proclaims|Recommends|Affirms|Underlines
""".replace("\n", " ").split("|") if v.strip()), key=len, reverse=True)

# name -> {base verb: rank}; a higher rank asks more.
SCALES: dict[str, dict[str, int]] = {
    "request": {
        "鼓励": 1, "邀请": 1, "邀": 1, "请": 2, "吁请": 2, "呼吁": 2, "请求": 2, "敦请": 2,
        "促请": 3, "敦促": 3, "强烈敦促": 4, "要求": 4, "决定": 5,
        "encourages": 1, "invites": 1, "requests": 2, "calls upon": 2, "calls on": 2,
        "appeals": 2, "urges": 3, "strongly urges": 4, "demands": 4, "decides": 5,
    },
    "acknowledge": {
        "注意到": 1, "关切地注意到": 1, "赞赏地注意到": 2, "满意地注意到": 2, "欢迎": 3,
        "赞赏": 3, "表示赞赏": 3, "赞扬": 4,
        "notes": 1, "takes note": 1, "notes with appreciation": 2,
        "takes note with appreciation": 2, "welcomes": 3, "expresses appreciation": 3,
        "expresses its appreciation": 3, "commends": 4,
    },
    "concern": {
        "表示关切": 1, "关切": 1, "深表关切": 2, "深为关切": 2, "痛惜": 2, "谴责": 3,
        "强烈谴责": 4,
        "expresses concern": 1, "expresses deep concern": 2, "deplores": 2, "condemns": 3,
        "strongly condemns": 4,
    },
    "affirm": {
        "认识到": 1, "承认": 1, "确认": 1, "认为": 1, "回顾": 1, "强调": 2, "着重指出": 2,
        "强调指出": 2, "重申": 2, "再次申明": 2, "申明": 2,
        "recognizes": 1, "recognises": 1, "acknowledges": 1, "considers": 1, "recalls": 1,
        "stresses": 2, "emphasizes": 2, "emphasises": 2, "underlines": 2, "underscores": 2,
        "reaffirms": 2, "reiterates": 2, "affirms": 2,
    },
}


@dataclass(frozen=True)
class VerbChange:
    old: str
    new: str
    direction: str           # "stronger" | "weaker" | "different"
    scale: str | None        # the shared scale, when there is one

    def to_dict(self) -> dict:
        return {"old": self.old, "new": self.new, "direction": self.direction, "scale": self.scale}


def leading_verb(text: str, operative: bool, language: str, strict: bool = False) -> str | None:
    """The verb a paragraph opens with, as written (with its 又/also adverb), or None.

    English also accepts any capitalised participle (preamble) or third-person verb (operative
    part) unless ``strict``: the lists are not exhaustive, but as evidence that a text is a
    resolution at all only listed verbs count."""
    text = text.lstrip(" *\"“")
    if language == "zh":
        lexicon = ZH_OPERATIVE if operative else ZH_PREAMBULAR
        prefix = ""
        for adv in ZH_ADVERBS:
            if text.startswith(adv) and any(text[len(adv):].startswith(v) for v in lexicon):
                prefix, text = adv, text[len(adv):]
                break
        for verb in lexicon:
            if text.startswith(verb):
                return prefix + verb
        return None
    lexicon = EN_OPERATIVE if operative else EN_PREAMBULAR
    m = re.match(r"((?:Also|Further|Again|Once again|Furthermore|Moreover)\s+)?", text, re.I)
    prefix = m.group(1) or ""
    rest = text[len(prefix):]
    for verb in lexicon:
        if re.match(re.escape(verb) + r"\b", rest, re.I):
            return prefix + rest[:len(verb)]
    if strict:
        return None
    if not operative:
        m = re.match(r"([A-Z][a-z]+ing)\b", rest)  # any participle opens a preambular paragraph
        if m:
            return prefix + m.group(1)
    else:
        m = re.match(r"([A-Z][a-z]+s)\b", rest)
        if m:
            return prefix + m.group(1)
    return None


def base_verb(verb: str) -> str:
    """The verb without its repetition adverb, lower-cased for English: '又重申' -> '重申'."""
    v = verb.strip()
    for adv in ZH_ADVERBS:
        if v.startswith(adv) and len(v) > len(adv):
            return v[len(adv):]
    low = v.lower()
    for adv in sorted(EN_ADVERBS, key=len, reverse=True):
        if low.startswith(adv + " "):
            return low[len(adv) + 1:]
    return low if v.isascii() else v


def scale_of(verb: str) -> tuple[str, int] | None:
    base = base_verb(verb)
    for name, ranks in SCALES.items():
        if base in ranks:
            return name, ranks[base]
    return None


def compare_verbs(old: str | None, new: str | None) -> VerbChange | None:
    """How the operative verb changed between two paired paragraphs, or None if it did not."""
    if not old or not new or base_verb(old) == base_verb(new):
        return None
    a, b = scale_of(old), scale_of(new)
    if a and b and a[0] == b[0] and a[1] != b[1]:
        return VerbChange(old, new, "stronger" if b[1] > a[1] else "weaker", a[0])
    return VerbChange(old, new, "different", a[0] if a and b and a[0] == b[0] else None)
