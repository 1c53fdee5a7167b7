"""Chinese (简体中文): the wording of UN resolutions as the Chinese text prints it."""
from __future__ import annotations

from . import Profile

_PREAMBULAR = """
遵循 重申 回顾 承认 强调 强调指出 着重指出 认为 认识到 确认 注意到 赞赏地注意到 深为关切
深为关切地认识到 深切关注 关切地注意到 关切 决心 再次申明 申明 欢迎 铭记 深信 意识到 忆及 考虑到
念及 满意地注意到 痛惜 震惊 肯定 赞赏 关注 表示关切 申明 重视 希望 相信 坚信 深感 认同 指出
""".split()
_OPERATIVE = """
重申 吁请 呼吁 鼓励 邀请 请 促请 敦促 强烈敦促 决定 强调 注意到 赞赏地注意到 欢迎 确认 认为 回顾
着重指出 表示关切 深表关切 深为关切 决心 赞赏 表示赞赏 谴责 强烈谴责 支持 核可 认可 授权 要求
申明 再次申明 建议 感谢 赞扬 宣布 表示 指出 承认 认识到 敦请 请求 提请 重视 期待 邀 同意 通过
""".split()

PROFILE = Profile(
    code="zh",
    direction="ltr",
    spaced=False,
    bodies=("人权理事会", "大会", "安全理事会", "经济及社会理事会", "人权委员会",
            "第一委员会", "第二委员会", "第三委员会", "第四委员会", "第五委员会", "第六委员会"),
    opening=r"(?P<body>{bodies})\s*[，,]",
    preambular=tuple(_PREAMBULAR),
    operative=tuple(_OPERATIVE),
    # Longest first matters when matching: 又再次 before 再次 before 又.
    adverbs=("又再次", "还再次", "再次", "又", "还"),
    scales={
        "request": {"鼓励": 1, "邀请": 1, "邀": 1, "请": 2, "吁请": 2, "呼吁": 2, "请求": 2,
                    "敦请": 2, "促请": 3, "敦促": 3, "强烈敦促": 4, "要求": 4, "决定": 5},
        "acknowledge": {"注意到": 1, "关切地注意到": 1, "赞赏地注意到": 2, "满意地注意到": 2,
                        "欢迎": 3, "赞赏": 3, "表示赞赏": 3, "赞扬": 4},
        "concern": {"表示关切": 1, "关切": 1, "深表关切": 2, "深为关切": 2, "痛惜": 2, "谴责": 3,
                    "强烈谴责": 4},
        "affirm": {"认识到": 1, "承认": 1, "确认": 1, "认为": 1, "回顾": 1, "强调": 2,
                   "着重指出": 2, "强调指出": 2, "重申": 2, "再次申明": 2, "申明": 2},
    },
    record_cues=(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s|$)", r"^第\s*\d+\s*次(?:全体)?会议",
                 r"^[\[［](?:经|未经|以)"),
    meeting=r"第\s*(\d+)\s*次(?:全体)?会议",
    without_vote=r"未经表决",
    recorded_vote=r"以\s*(\d+)\s*票对\s*(\d+)\s*票\s*[、，,]\s*(\d+)\s*票弃权",
    vote_lists=(("in_favour", "赞成"), ("against", "反对"), ("abstaining", "弃权")),
    decision=r"^(?:大会|人权理事会|安全理事会|经济及社会理事会)[^。]{0,300}?决定",
    session=r"第([一二三四五六七八九十百零〇\d]+)届(?:特别)?会议",
    agenda=r"议程项目",
    draft=r"决议草案|决定草案",
    adopted=r"通过的决议|大会决议|决议$",
    references=r"第\s*{num}(?:\s*(?:、|和|及|以及)\s*(?:第\s*)?{num})*\s*号\s*(?:决议|决定)",
    decision_word=r"决定$",
    reference_label={"resolution": "第 {n} 号决议", "decision": "第 {n} 号决定"},
)
