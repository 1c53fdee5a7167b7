"""Tokens: exact reconstruction, UN terms and citations whole, jieba and rjieba agree."""
import pytest

from viewer.model.tokenize import segmenter, tokenize

from .helpers import SEEDS, seed


@pytest.mark.parametrize("name", SEEDS)
def test_tokens_rebuild_every_paragraph(name):
    for p in seed(name).paragraphs:
        assert "".join(tokenize(p.text)) == p.text


@pytest.mark.parametrize("term", ["人权理事会", "普遍定期审议", "合作共赢", "高级专员办事处", "利益攸关方"])
def test_un_terms_are_single_tokens(term):
    assert term in tokenize(f"请{term}继续努力，")


@pytest.mark.parametrize("text,token", [
    ("回顾 A/HRC/RES/43/21 所载", "A/HRC/RES/43/21"),
    ("回顾第 43/21 号决议，", "第 43/21 号决议"),
    ("回顾第43/21号决定，", "第43/21号决定"),
    ("see resolution 70/1 of", "resolution 70/1"),
    ("见 E/CN.4/2001/2-E/CN.4/Sub.2/2000/46，第二章", "E/CN.4/2001/2-E/CN.4/Sub.2/2000/46"),
    ("(A/75/478/Add.2, 第 89 段)", "A/75/478/Add.2"),
])
def test_citations_are_single_tokens(text, token):
    assert token in tokenize(text)


def test_other_scripts_split_on_word_boundaries():
    assert tokenize("Réaffirme l'engagement,") == ("Réaffirme", " ", "l'engagement", ",")
    assert tokenize("COVID-19 大流行") == ("COVID-19", " ", "大", "流行")


def test_rjieba_gives_jieba_tokens_on_every_seed():
    """rjieba is used for speed only because it agrees with jieba, the reference."""
    ref, fast = segmenter("jieba"), segmenter("rjieba")
    for name in SEEDS:
        for p in seed(name).paragraphs:
            assert tokenize(p.text, "jieba") == tokenize(p.text, "rjieba"), p.id
    assert ref("在人权领域促进合作共赢") == fast("在人权领域促进合作共赢")


def test_segmenter_is_built_once():
    assert segmenter("jieba") is segmenter("jieba")


def test_a_footnote_mark_after_a_word_is_its_own_token():
    from viewer.model.tokenize import tokenize
    tokens = [t for t in tokenize("the Vienna Declaration²³ and Programme") if t.strip()]
    assert "Declaration" in tokens and "²³" in tokens
