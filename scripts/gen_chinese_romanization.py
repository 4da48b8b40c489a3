#!/usr/bin/env python3
"""Generates data/romanization_chinese.tsv: Hanyu Pinyin <-> Wade-Giles syllable groups,
plus Cantonese/Hokkien/Teochew/Hakka surname spellings.

Sources (rules written by us from the published systems, no other project's files):
  * Hanyu Pinyin (ISO 7098; the Scheme for the Chinese Phonetic Alphabet, 1958): the
    syllable inventory is built from its initials x finals combination table.
  * Wade-Giles (Giles, "A Chinese-English Dictionary", 1912, as tabulated in the standard
    pinyin/Wade-Giles conversion tables): initial and final correspondences below, with
    the syllable-specific exceptions written out (zi -> tzu, si -> ssu, zhi -> chih, -uo -> o,
    ge/ke/he -> ko/k'o/ho, -ui -> -uei after k/k').
  * ASCII forms as written in lists: apostrophes dropped (ch'ing -> ching), u-umlaut written u
    (hsü -> hsu) and, for pinyin, v / yu (lü -> lv, lyu as in PRC passports since 2012).
  * Surname spellings in Cantonese (Hong Kong government romanization), Hokkien/Teochew
    (Singapore, Malaysia, Philippines, Taiwan usage) and Hakka, from common usage.
ICU's Han-Latin output is pinyin without tones ("xi jin ping"), so pinyin is the hub.
"""
import os
import sys

INITIALS = ["b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
            "zh", "ch", "sh", "r", "z", "c", "s", ""]
WG_INITIAL = {"b": "p", "p": "p'", "m": "m", "f": "f", "d": "t", "t": "t'", "n": "n", "l": "l",
              "g": "k", "k": "k'", "h": "h", "j": "ch", "q": "ch'", "x": "hs", "zh": "ch",
              "ch": "ch'", "sh": "sh", "r": "j", "z": "ts", "c": "ts'", "s": "s", "": ""}

# The pinyin syllable inventory (standard syllables of Mandarin), by initial.
INVENTORY = {
    "": "a o e ai ei ao ou an en ang eng er yi ya ye yao you yan yin yang ying yong yu yue yuan "
        "yun wu wa wo wai wei wan wen wang weng",
    "b": "ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu",
    "p": "pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu",
    "m": "ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu",
    "f": "fa fo fei fou fan fen fang feng fu",
    "d": "da de dai dei dao dou dan den dang deng dong di die diao diu dian ding du duo dui "
         "duan dun",
    "t": "ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun",
    "n": "na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning "
         "nu nuo nuan nv nve",
    "l": "la le lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu "
         "luo luan lun lv lve",
    "g": "ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang",
    "k": "ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang",
    "h": "ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang",
    "j": "ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun",
    "q": "qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun",
    "x": "xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun",
    "zh": "zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai "
          "zhui zhuan zhun zhuang",
    "ch": "cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui "
          "chuan chun chuang",
    "sh": "sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui "
          "shuan shun shuang",
    "r": "re ri rao rou ran ren rang reng rong ru ruo rui ruan run",
    "z": "za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun",
    "c": "ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun",
    "s": "sa se si sai sao sou san sen sang seng song su suo sui suan sun",
}


def split(syl):
    for ini in ("zh", "ch", "sh"):
        if syl.startswith(ini):
            return ini, syl[2:]
    if syl[0] in "bpmfdtnlgkhjqxrzcs":
        return syl[0], syl[1:]
    return "", syl


def wade_giles(syl):
    """Wade-Giles as printed (apostrophes, ü)."""
    ini, fin = split(syl)
    # Zero-initial syllables.
    zero = {"yi": "i", "ye": "yeh", "you": "yu", "yan": "yen", "yong": "yung", "yu": "yü",
            "yue": "yüeh", "yuan": "yüan", "yun": "yün", "e": "o", "er": "erh"}
    if ini == "":
        return zero.get(syl, syl)
    w = WG_INITIAL[ini]
    # Apical vowels.
    if fin == "i" and ini in ("z", "c", "s"):
        return {"z": "tzu", "c": "tz'u", "s": "ssu"}[ini]
    if fin == "i" and ini in ("zh", "ch", "sh", "r"):
        return w + "ih"
    # u after j q x is ü.
    if ini in ("j", "q", "x") and fin.startswith("u"):
        fin = "ü" + fin[1:]
    if fin.startswith("v"):
        fin = "ü" + fin[1:]
    fmap = {"ong": "ung", "iong": "iung", "ian": "ien", "ie": "ieh", "üe": "üeh", "ve": "üeh",
            "ui": "uei" if ini in ("g", "k") else "ui", "er": "erh"}
    if fin == "e":
        fin = "o" if ini in ("g", "k", "h") else "e"
    elif fin == "uo":
        fin = "uo" if ini in ("g", "k", "h", "sh") else "o"
    else:
        fin = fmap.get(fin, fin)
    # ts before u-less finals stays ts; WG spells z/c + u syllables tsu/ts'u.
    return w + fin


def ascii_forms(printed):
    """ASCII Wade-Giles: apostrophe dropped, ü written u. A form that needs BOTH (ch'ü ->
    chu, ch'üan -> chuan) is left out: it would collide with three other syllables."""
    if "'" in printed and "ü" in printed:
        return []
    return [printed.replace("'", "").replace("ü", "u")]


def pinyin_ascii(syl):
    """Pinyin spellings in ASCII: v for ü (nv, lv) also written u, yu (lyu)."""
    if "v" in syl:
        return [syl.replace("v", "u"), syl, syl.replace("v", "yu")]
    return [syl]


# Cantonese / Hokkien / Teochew / Hakka / older spellings of common surnames (pinyin first).
SURNAMES = [
    ("wang", "wong ong heng"), ("huang", "wong ng oei ooi wee bong"), ("chen", "chan tan ting"),
    ("zhang", "cheung chang teo teoh tiong"), ("li", "lee lei lai ly"), ("wu", "ng goh go woo"),
    ("lin", "lam lim lum"), ("liu", "lau lao low"), ("zhou", "chau chow chew chiu"),
    ("xu", "hui koh khor hsu tsui"), ("sun", "suen soon sng"), ("ma", "mah beh"),
    ("zhu", "chu choo chee"), ("hu", "wu woo oh foo"), ("guo", "kwok kuo kok quek kwek"),
    ("he", "ho hoh hoe"), ("gao", "kao kou"), ("luo", "lo law loh"),
    ("zheng", "cheng tay teh"), ("liang", "leung neo niu"), ("xie", "tse chia cheah hsieh"),
    ("song", "sung soong"), ("tang", "tong teng"), ("han", "hon"), ("feng", "fung pang"),
    ("deng", "tang teng dang"), ("cao", "tso chou tsao"), ("peng", "pang phang"),
    ("zeng", "tsang tseng"), ("xiao", "siu siow hsiao"), ("tian", "tin tien"),
    ("dong", "tung tang"), ("pan", "poon phua pun"), ("yuan", "yuen wan"),
    ("cai", "choi chua tsai"), ("jiang", "cheung chiang kong"), ("yu", "yue ee yee yue"),
    ("du", "tou"), ("ye", "yip yap iap yeh"), ("cheng", "ching"), ("wei", "ngai wai"),
    ("su", "so soh"), ("lu", "lo loh lou"), ("ding", "ting teng"), ("ren", "yam jen"),
    ("shen", "sham sim"), ("yao", "yiu"), ("lv", "lui lu lyu lue"), ("jiang", "chiang kang"),
    ("fang", "fong hong png"), ("shi", "shek sze sih"), ("zou", "chow chau tsou"),
    ("xiong", "hung"), ("jin", "kam"), ("lu", "luk"), ("hao", "hok"), ("kong", "kung"),
    ("bai", "pak paik"), ("cui", "tsui chui"), ("kang", "hong"), ("mao", "mo"),
    ("qiu", "yau khoo khu"), ("qin", "chin"), ("jiang", "keung"), ("shi", "see"),
    ("gu", "koo ku"), ("hou", "hau"), ("shao", "siu"), ("meng", "mang"), ("long", "lung"),
    ("wan", "maan"), ("duan", "tuen"), ("lei", "lui"), ("qian", "chien"), ("tang", "tong"),
    ("yin", "yan"), ("yi", "yee"), ("chang", "cheung"), ("wu", "woo"), ("lai", "lai"),
    ("mo", "mok"), ("kuang", "kwong"), ("ou", "au"), ("ouyang", "auyeung owyang"),
    ("situ", "szeto seetoh"), ("zhuge", "chukot"),
]


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data")
    rows = []
    for ini in INITIALS:
        for syl in INVENTORY[ini].split():
            wg = wade_giles(syl)
            spellings = []
            for s in pinyin_ascii(syl) + ascii_forms(wg):
                if s not in spellings:
                    spellings.append(s)
            if wg == "ssu":
                spellings.append("szu")
            if wg == "tzu" or wg == "tz'u":
                pass
            if syl == "e":
                continue  # e/o would make single-letter initials variants of each other
            if len(spellings) >= 2:
                rows.append(("syllable", syl, wg, " ".join(spellings)))
    surname_rows = []
    merged = {}
    for py, others in SURNAMES:
        lst = merged.setdefault(py, [py] if "v" not in py else pinyin_ascii(py))
        for s in others.split():
            if s not in lst:
                lst.append(s)
    for py, lst in merged.items():
        if len(lst) >= 2:
            surname_rows.append(("surname", py, "", " ".join(lst)))
    with open(os.path.join(out_dir, "romanization_chinese.tsv"), "w", encoding="utf-8") as f:
        f.write("# generated by scripts/gen_chinese_romanization.py, do not edit\n")
        f.write("# Mandarin syllables: Hanyu Pinyin (ISO 7098) <-> Wade-Giles (Giles 1912), ASCII forms\n")
        f.write("# (apostrophes dropped: ch'ing -> ching; u-umlaut as u; pinyin v/yu for u-umlaut).\n")
        f.write("# Then surname groups: Cantonese (HK), Hokkien/Teochew (SG/MY/PH/TW), Hakka spellings\n")
        f.write("# from common usage. Syllables whose pinyin and Wade-Giles agree (ma, lin...) have no row.\n")
        f.write("# Left out to keep every token in <= 3 groups: ASCII forms that drop both apostrophe and\n")
        f.write("# umlaut (ch'ün -> chun for qun); a few secondary dialect spellings (Chong for 張).\n")
        f.write("# Decisions: Chen = Chan (Cantonese for 陳) and Li = Lee (陳/李 as written in HK, SG,\n")
        f.write("# TW): both pairs are true variants. Wade-Giles without apostrophes merges aspirated\n")
        f.write("# and plain initials (zhen/chen both write 'chen'); that is how lists write it.\n")
        f.write("# Columns: kind, pinyin, Wade-Giles as printed, spellings (the group).\n")
        for r in rows + surname_rows:
            f.write("\t".join(r) + "\n")
    # The syllable set: every ASCII spelling of every syllable (also those with no group), so
    # that joined given names (Jinping, Chin-ping -> chinping) can be split into syllables.
    sylls = []
    for ini in INITIALS:
        for syl in INVENTORY[ini].split():
            wg = wade_giles(syl)
            for sp in pinyin_ascii(syl) + [wg.replace("'", "").replace("ü", "u")]:
                if sp not in sylls:
                    sylls.append(sp)
    with open(os.path.join(out_dir, "syllables_chinese.tsv"), "w", encoding="utf-8") as f:
        f.write("# generated by scripts/gen_chinese_romanization.py, do not edit\n")
        f.write("# Every ASCII spelling of every Mandarin syllable: Hanyu Pinyin (ISO 7098; v/u/yu for\n")
        f.write("# u-umlaut) and Wade-Giles (Giles 1912; apostrophes dropped, u-umlaut as u). Used to split\n")
        f.write("# joined given names (Jinping / Chin-ping) into syllables; not variant groups.\n")
        for sp in sylls:
            f.write(sp + "\n")
    print(f"romanization_chinese.tsv: {len(rows)} syllable groups, {len(surname_rows)} surname groups; "
          f"syllables_chinese.tsv: {len(sylls)} spellings")


if __name__ == "__main__":
    main()
