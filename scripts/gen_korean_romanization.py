#!/usr/bin/env python3
"""Generates data/romanization_korean.tsv and data/hangul_syllables.tsv.

Sources (rules written from the published standards, no other project's files):
  * Unicode Standard, ch. 3.12 "Conjoining Jamo Behavior": Hangul syllable decomposition
    S = 0xAC00 + (L * 21 + V) * 28 + T.
  * Revised Romanization of Korean (Ministry of Culture and Tourism notice 2000-8):
    vowel and consonant tables; finals romanized as pronounced in isolation.
  * McCune-Reischauer (1939; as in ALA-LC Korean romanization tables): aspirates with
    apostrophe, breves on o/u, word-initial plain stops unvoiced (k t p ch), s -> sh before
    i/wi.  We emit the forms used in ASCII text: apostrophes dropped (ch'oe -> choe) and breves
    dropped (ŏ -> o, ŭ -> u), plus the voiced medial forms (g d b j) that given names use.
  * ICU's Hangul-Latin transform (which the normaliser runs), as a plain jamo transcription:
    verified in src/normalize/tables_test.cc against ICU itself.
  * Customary personal-name spellings (Kim, Lee, Park, Choi, Jung, Chung, Kang, Sung, Young,
    Hyun, Yoon, Joo, Woo ...), written by us from general knowledge of Korean name usage.

Design: one group per NAME syllable (a curated list of syllables that occur in personal
names and in DPRK/ROK organisation names), holding its ICU, RR, MR, voiced-MR and customary
spellings. No groups for the other syllables and no transitive closure: "jong" (종, MR of 정)
and "jang" (장) stay apart. The full 11,172-syllable inventory with ICU/RR/MR forms goes to
data/hangul_syllables.tsv for reference (not loaded as variant groups).
"""
import os
import sys

L_ICU = ["g", "kk", "n", "d", "tt", "l", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
L_RR = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
# MR word-initial (isolation); aspirates carry an apostrophe which ASCII text drops.
L_MR = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"]
# MR voiced medial forms of the plain stops (given names: Kim Jong Il, Pak Pong Ju).
L_MR_VOICED = {0: "g", 3: "d", 7: "b", 12: "j"}

# DPRK national system (1992, updated 2002 and 2012; UNGEGN working paper 46): initials
# k n t r m p s j ch kh th ph h kk tt pp ss jj; vowels as MR (o/u without breves in ASCII),
# ㅚ written oe (2002) or oi (2012). Lists of DPRK persons use it: Thae, Phyong, Jong.
L_DPRK = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"]

V_ICU = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
V_RR = V_ICU
V_MR = ["a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i"]

T_ICU = ["", "g", "kk", "gs", "n", "nj", "nh", "d", "l", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", "h"]
# Finals as pronounced in isolation (RR and MR agree on these).
T_PRON = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


def decompose(ch):
    s = ord(ch) - 0xAC00
    if not 0 <= s < 11172:
        raise ValueError(ch)
    return s // (21 * 28), (s % (21 * 28)) // 28, s % 28


def icu_form(ch):
    l, v, t = decompose(ch)
    return L_ICU[l] + V_ICU[v] + T_ICU[t]


def rr_form(ch):
    l, v, t = decompose(ch)
    return L_RR[l] + V_RR[v] + T_PRON[t]


def mr_form(ch, voiced=False):
    """MR with breves and apostrophes, as printed."""
    l, v, t = decompose(ch)
    init = L_MR_VOICED.get(l, L_MR[l]) if voiced else L_MR[l]
    if l == 9 and V_ICU[v] in ("i", "wi"):  # s -> sh before i, wi
        init = "sh"
    return init + V_MR[v] + T_PRON[t]


def dprk_forms(ch):
    l, v, t = decompose(ch)
    vowel = ascii_mr(V_MR[v])
    forms = [L_DPRK[l] + vowel + T_PRON[t]]
    if V_ICU[v] == "oe":
        forms.append(L_DPRK[l] + "oi" + T_PRON[t])
    return forms


def ascii_mr(s):
    return s.replace("'", "").replace("ŏ", "o").replace("ŭ", "u")


# Customary spellings of name syllables (beyond ICU/RR/MR), from common usage.
# Surnames first, then given-name syllables, then words of organisation names.
CUSTOM = {
    # surnames
    "김": "kim gim", "이": "lee yi rhee i ee rie li ri", "리": "ri li lee rhee yi",
    "박": "park pak bak", "최": "choi choe chey", "정": "jung jeong chung chong jong cheong",
    "강": "kang gang", "조": "cho jo joh", "윤": "yoon yun youn", "장": "jang chang",
    "임": "lim im rim", "림": "rim lim im", "한": "han", "오": "oh o", "서": "seo suh so",
    "신": "shin sin", "권": "kwon gwon", "황": "hwang whang", "안": "ahn an", "송": "song",
    "류": "ryu yoo yu lyu rhyu", "유": "yoo yu you", "전": "jeon chon jun", "홍": "hong",
    "고": "ko go koh", "문": "moon mun", "양": "yang ryang", "손": "son sohn", "배": "bae pae",
    "백": "baek paek paik baik", "허": "heo ho hur huh", "남": "nam", "심": "shim sim",
    "노": "noh no roh", "로": "ro roh", "하": "ha", "곽": "kwak gwak", "성": "sung seong song",
    "차": "cha", "주": "joo ju chu choo", "우": "woo u", "구": "koo gu ku", "민": "min",
    "진": "jin chin", "지": "ji chi jee", "엄": "eom um om", "채": "chae", "원": "won weon",
    "천": "cheon chon", "방": "bang pang", "공": "kong gong", "현": "hyun hyeon hyon",
    "함": "ham", "변": "byun byeon pyon", "염": "yeom yom", "렴": "ryom ryeom yeom",
    "여": "yeo yo yuh", "추": "chu choo", "도": "do to doh", "소": "so", "석": "seok sok suk",
    "선": "sun seon son", "설": "seol sol sul", "마": "ma", "길": "gil kil", "연": "yeon yon",
    "위": "wi wee", "표": "pyo", "명": "myung myeong myong", "기": "ki gi kee", "반": "ban pan",
    "왕": "wang", "금": "geum kum keum", "옥": "ok", "육": "yuk", "인": "in", "맹": "maeng",
    "제": "je che", "모": "mo", "탁": "tak", "국": "guk kuk kook", "어": "eo o", "은": "eun un",
    "편": "pyeon pyon", "용": "yong", "룡": "ryong yong", "태": "tae", "팽": "paeng",
    "봉": "bong pong", "학": "hak", "형": "hyung hyeong hyong", "경": "kyung gyeong kyong",
    "영": "young yeong yong", "병": "byung byeong pyong byong", "철": "chul cheol chol",
    "일": "il ill", "수": "soo su", "호": "ho", "준": "jun joon chun", "혁": "hyuk hyeok hyok",
    "동": "dong tong", "광": "kwang gwang", "상": "sang", "종": "jong chong", "훈": "hoon hun",
    "희": "hee hui hi heui", "숙": "sook suk", "순": "soon sun", "미": "mi mee",
    "혜": "hye hae", "자": "ja cha", "화": "hwa", "춘": "chun choon", "근": "geun kun keun",
    "범": "beom bum pom", "규": "kyu gyu", "재": "jae chae", "덕": "deok tok duk",
    "만": "man", "식": "sik shik", "승": "seung sung", "택": "taek", "창": "chang",
    "섭": "seop sop sub", "웅": "woong ung", "환": "hwan", "평": "pyong pyeong pyung",
    "효": "hyo", "열": "yeol yol yul", "찬": "chan", "필": "pil phil", "충": "chung",
    "청": "cheong chong chung", "세": "se", "해": "hae", "애": "ae", "란": "ran nan",
    "향": "hyang", "녀": "nyeo nyo", "실": "sil shil", "복": "bok pok", "옥": "ok",
    "진": "jin chin", "혁": "hyuk hyeok hyok", "갑": "gap kap", "두": "doo du tu",
    "원": "won weon", "명": "myung myeong myong", "현": "hyun hyeon hyon", "무": "mu moo",
    "삼": "sam", "석": "seok sok suk", "대": "dae tae", "건": "geon kon gun", "혜": "hye",
    "중": "jung chung joong", "창": "chang", "관": "kwan gwan", "재": "jae chae",
    "룡": "ryong yong", "련": "ryon ryeon yeon lyon", "락": "rak nak", "렬": "ryol ryeol yeol",
    "례": "rye ye", "록": "rok nok", "륜": "ryun yun", "률": "ryul yul", "룡": "ryong yong",
    "령": "ryong ryeong yeong", "로": "ro no roh", "라": "ra na la", "란": "ran nan",
    "래": "rae nae", "량": "ryang yang", "려": "ryo ryeo yeo", "력": "ryok ryeok yeok",
    "운": "woon un", "익": "ik", "욱": "wook uk", "옥": "ok", "하": "ha",
    "우": "woo u", "윤": "yoon yun youn", "송": "song", "숭": "sung",
    "휘": "hwi whi", "융": "yung yoong", "탁": "tak", "태": "tae", "택": "taek",
    # organisation names (DPRK and ROK)
    "조": "cho jo", "선": "sun seon son", "합": "hap", "역": "yeok yok", "회": "hoe hoi hwe",
    "사": "sa", "행": "haeng", "업": "eop op", "개": "gae kae", "발": "bal pal",
    "악": "ak", "릉": "rung reung neung", "포": "po", "흥": "heung hung", "의": "ui eui",
    "단": "dan tan", "군": "gun kun koon", "부": "bu pu boo", "총": "chong", "보": "bo po",
    "소": "so", "산": "san", "륙": "ryuk yuk", "해": "hae", "항": "hang",
}


# Multi-syllable words of DPRK/ROK organisation, place and vessel names, as they appear
# joined in lists ("Korea Ryonbong", "Pyongyang", "Chongsong"); ICU output is joined too.
# "korea" for 조선 is a translation, not a romanization: DPRK entities listed as "Korea X"
# are 조선X in Korean.
WORDS = {
    "조선": "choson chosun korea", "평양": "pyongyang", "련봉": "ryonbong", "광선": "kwangson",
    "단군": "tangun dangun", "청송": "chongsong", "금강": "kumgang geumgang", "룡악": "ryongak",
    "백두": "paektu baekdu", "대성": "taesong daesung", "고려": "koryo goryeo", "칠성": "chilsong",
    "해운": "haeun", "무역": "muyok", "은행": "unhaeng", "총회사": "chonghoesa", "회사": "hoesa",
    "련합": "ryonhap", "광업": "kwangop", "개발": "kaebal", "합영": "hapyong", "동방": "tongbang",
    "일심": "ilsim", "만수대": "mansudae", "신흥": "sinhung shinhung", "운송": "unsong",
    "천마": "chonma", "례성강": "ryesonggang", "남천강": "namchongang", "삼천리": "samchonri samcholli",
    "정은": "jongun jungeun chongun", "정일": "jongil jungil chongil", "일성": "ilsung ilsong",
}


def word_group(word):
    syls = list(word)
    icu = "".join(icu_form(c) for c in syls)
    rr = "".join(rr_form(c) for c in syls)
    mr0 = ascii_mr(mr_form(syls[0]))
    mr_voiced = mr0 + "".join(ascii_mr(mr_form(c, voiced=True)) for c in syls[1:])
    mr_plain = "".join(ascii_mr(mr_form(c)) for c in syls)
    spellings = []
    for s in [rr, mr_voiced, mr_plain, icu] + WORDS.get(word, "").split():
        if s and s.isascii() and s not in spellings:
            spellings.append(s)
    return icu, rr, mr_plain, spellings


def name_group(ch):
    icu = icu_form(ch)
    rr = rr_form(ch)
    mr = mr_form(ch)
    mrv = mr_form(ch, voiced=True)
    spellings = []
    for s in [rr, ascii_mr(mr), ascii_mr(mrv), icu] + dprk_forms(ch) + CUSTOM.get(ch, "").split():
        if s and s not in spellings:
            spellings.append(s)
    return icu, rr, mr, spellings


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data")
    rows = []
    seen = set()
    for ch in CUSTOM:
        if ch in seen:
            continue
        seen.add(ch)
        icu, rr, mr, spellings = name_group(ch)
        if len(spellings) < 2:
            continue  # nothing to connect (e.g. "han", "nam": every system agrees)
        rows.append((ch, f"U+{ord(ch):04X}", icu, rr, mr, " ".join(spellings)))
    for word in WORDS:
        icu, rr, mr, spellings = word_group(word)
        if len(spellings) >= 2:
            rows.append((word, "word", icu, rr, mr, " ".join(spellings)))
    with open(os.path.join(out_dir, "romanization_korean.tsv"), "w", encoding="utf-8") as f:
        f.write("# generated by scripts/gen_korean_romanization.py, do not edit\n")
        f.write("# Korean name syllables: one group of equivalent spellings per syllable.\n")
        f.write("# Sources: Unicode ch. 3.12 (syllable decomposition); Revised Romanization of Korean\n")
        f.write("# (2000); McCune-Reischauer (ALA-LC table), written ASCII-only (ch'oe -> choe, o/u for\n")
        f.write("# breved vowels) and with voiced medial forms; DPRK national system (1992/2002/2012,\n")
        f.write("# UNGEGN WP 46: kh th ph ch j for the initials: Thae, Phyong); ICU Hangul-Latin output; customary\n")
        f.write("# personal-name spellings (Kim, Lee, Park, Choi, Jung ...) from common usage.\n")
        f.write("# Groups are per syllable, never merged transitively: 'jong' and 'jang' stay apart.\n")
        f.write("# Left out to keep every token in <= 3 groups: 'chun' for 전 (Chun Doo-hwan style;\n")
        f.write("# edit distance still meets chon/chun).\n")
        f.write("# Decision: 이/리 holds lee/li/ri/yi/rhee, so AreVariants(li, lee) is true.\n")
        f.write("# Then joined words of organisation, place and vessel names (조선 Choson/Korea, 평양\n")
        f.write("# Pyongyang ...) and given names written joined (Jongun): syllable forms concatenated,\n")
        f.write("# MR with medial voicing, plus usage. 'korea' for 조선 is a translation (DPRK 'Korea X').\n")
        f.write("# Columns: syllable, code point (or 'word'), ICU form, RR, MR (printed), spellings (the group).\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    with open(os.path.join(out_dir, "hangul_syllables.tsv"), "w", encoding="utf-8") as f:
        f.write("# generated by scripts/gen_korean_romanization.py, do not edit\n")
        f.write("# All 11,172 Hangul syllables (U+AC00..U+D7A3) with their ICU Hangul-Latin form,\n")
        f.write("# Revised Romanization and McCune-Reischauer (printed and ASCII) forms in isolation.\n")
        f.write("# Sources: Unicode ch. 3.12; RR (2000); MR (ALA-LC). Reference only, not loaded as\n")
        f.write("# variant groups (see romanization_korean.tsv for the name syllables).\n")
        f.write("# Columns: syllable, code point, icu, rr, mr, mr_ascii\n")
        for cp in range(0xAC00, 0xD7A4):
            ch = chr(cp)
            mr = mr_form(ch)
            f.write(f"{ch}\tU+{cp:04X}\t{icu_form(ch)}\t{rr_form(ch)}\t{mr}\t{ascii_mr(mr)}\n")
    sylls = []
    for ch in CUSTOM:
        for sp in name_group(ch)[3]:
            if sp not in sylls:
                sylls.append(sp)
    with open(os.path.join(out_dir, "syllables_korean.tsv"), "w", encoding="utf-8") as f:
        f.write("# generated by scripts/gen_korean_romanization.py, do not edit\n")
        f.write("# Every spelling (ICU, RR, MR, voiced MR, customary) of the Korean name syllables of\n")
        f.write("# romanization_korean.tsv, including syllables every system spells alike (han, nam, min).\n")
        f.write("# Used to split joined given names (Jongun / Chong-un) into syllables; not variant groups.\n")
        for sp in sylls:
            f.write(sp + "\n")
    print(f"romanization_korean.tsv: {len(rows)} groups; hangul_syllables.tsv: 11172 syllables")


if __name__ == "__main__":
    main()
