#!/usr/bin/env python3
"""Generates data/romanization_russian.tsv: Latin spellings of Russian, Ukrainian and
Belarusian name elements, one group per Cyrillic name element.

Sources (transliteration tables written by us from the published standards and style
guides, no other project's files):
  * BGN/PCGN 1947 romanization of Russian (without the optional dots and apostrophes).
  * ICAO Doc 9303 part 3 transliteration (Russian foreign passports since 2013; e.g. Iurii).
  * Russian MVD passport practice 1997-2010 (Yuriy, Aleksey; close to BGN without ye-rule).
  * ISO 9:1995 folded to ASCII (c for ц and ч, s for ш and щ, u for ю, a for я): this is
    exactly what ICU's Any-Latin; Latin-ASCII produces, which the normaliser runs on Cyrillic.
  * Duden German transcription (w, sch, tsch, schtsch, ch for х, z for ц, j-glides).
  * French transcription (ou, ch, tch, chtch, kh, gu before e/i, -ine for final -ин).
  * Dutch, Polish, Czech, Hungarian, Swedish, Romanian, Spanish and Turkish press
    transcriptions of Russian (e.g. Poetin, Władimirowicz, Vladimirovič, Putyin, Vladimirovitj,
    Vladimirovici), folded to ASCII; Lithuanian/Latvian nominative endings (Putinas, Putins).
  * Ukrainian national transliteration (Cabinet of Ministers resolution 55, 2010) for the
    Ukrainian forms (Oleksandr, Volodymyr, Yevhen).
  * Common English spellings of well-known names (Alexander, Alexei, Dmitri, Yuri, Sergei),
    from usage; these are listed per name in EXTRA below.
Groups are per Cyrillic element (never transitive): Иван and Ивана are different rows.
The deterministic skeleton FoldSlavic() in src/normalize/tables.cc covers spellings not
listed here; this table is what the standards say, name by name.
"""
import os
import sys

VOWELS = "аеёиоуыэюяіїєАЕЁИОУЫЭЮЯ"

BGN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
       "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
       "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
       "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
       "і": "i", "ї": "yi", "є": "ye", "ґ": "g"}
ICAO = dict(BGN, **{"ё": "e", "й": "i", "ъ": "ie", "ю": "iu", "я": "ia", "є": "ie", "ї": "i"})
PASSPORT_OLD = dict(BGN, **{"ё": "e"})
ISO9_ASCII = dict(BGN, **{"ё": "e", "ж": "z", "й": "j", "х": "h", "ц": "c", "ч": "c", "ш": "s",
                          "щ": "s", "ю": "u", "я": "a", "ъ": "", "ь": "", "є": "e", "ї": "i"})
GERMAN = dict(BGN, **{"в": "w", "ё": "jo", "ж": "sch", "з": "s", "й": "j", "х": "ch", "ц": "z",
                      "ч": "tsch", "ш": "sch", "щ": "schtsch", "ю": "ju", "я": "ja", "є": "je",
                      "ї": "ji"})
FRENCH = dict(BGN, **{"ё": "io", "ж": "j", "й": "i", "у": "ou", "ч": "tch", "ш": "ch",
                      "щ": "chtch", "ю": "iou", "я": "ia", "х": "kh", "є": "ie", "ї": "ii"})
# Other languages' conventions for transcribing Russian (as used in their press and lists).
DUTCH = dict(BGN, **{"в": "w", "у": "oe", "ж": "zj", "х": "ch", "ч": "tsj", "ш": "sj", "щ": "sjtsj",
                     "й": "j", "ю": "joe", "я": "ja", "ё": "jo", "є": "je", "ї": "ji"})
POLISH = dict(BGN, **{"в": "w", "ж": "z", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz",
                      "й": "j", "ю": "ju", "я": "ja", "ё": "io", "є": "je", "ї": "ji"})
CZECH = dict(BGN, **{"ж": "z", "х": "ch", "ц": "c", "ч": "c", "ш": "s", "щ": "sc", "й": "j",
                     "ю": "ju", "я": "ja", "ё": "jo", "є": "je", "ї": "ji"})
HUNGARIAN = dict(BGN, **{"ж": "zs", "х": "h", "ц": "c", "ч": "cs", "ш": "s", "щ": "scs", "й": "j",
                         "с": "sz", "ю": "ju", "я": "ja", "ё": "jo", "ы": "i", "є": "je", "ї": "ji"})
SWEDISH = dict(BGN, **{"ж": "zj", "х": "ch", "ч": "tj", "ш": "sj", "щ": "sjtj", "й": "j", "ю": "ju",
                       "я": "ja", "ё": "jo", "є": "je", "ї": "ji"})
ROMANIAN = dict(BGN, **{"ж": "j", "х": "h", "ц": "t", "ч": "ci", "ш": "s", "щ": "sci", "й": "i",
                        "ю": "iu", "я": "ia", "ё": "io", "є": "ie", "ї": "i"})
SPANISH = dict(BGN, **{"ж": "zh", "х": "j", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "й": "i",
                       "ю": "yu", "я": "ya", "ё": "io", "є": "ye", "ї": "yi"})
TURKISH = dict(BGN, **{"ж": "j", "х": "h", "ц": "ts", "ч": "c", "ш": "s", "щ": "sc", "й": "y",
                       "ю": "yu", "я": "ya", "ё": "yo", "є": "ye", "ї": "yi"})
# Ukrainian national system: г -> h, и -> y, і -> i, є/ї/ю/я -> ye/yi/yu/ya initially, ie/i/iu/ia after.
UKR = dict(BGN, **{"г": "h", "и": "y", "й": "i", "х": "kh", "щ": "shch"})


def translit(word, table, system):
    out = []
    w = word.lower()
    for i, ch in enumerate(w):
        prev = w[i - 1] if i > 0 else ""
        nxt = w[i + 1] if i + 1 < len(w) else ""
        initial = i == 0 or prev in VOWELS or prev in "ьъ"
        r = table.get(ch, ch)
        if system == "bgn" and ch == "е" and initial:
            r = "ye"
        if system == "bgn" and ch == "ё" and not initial:
            r = "yo" if prev in "жчшщ" else "yo"
        if system == "german" and ch == "е" and initial:
            r = "je"
        if system == "german" and ch == "с" and prev and prev in VOWELS and nxt and nxt in VOWELS:
            r = "ss"
        if system == "german" and ch == "й" and not nxt and prev == "и":
            r = ""  # Duden: -ий -> -i (Juri, Dmitri); elsewhere j (Sergej, Nikolaj)
        if system == "french" and ch == "с" and prev and prev in VOWELS and nxt and nxt in VOWELS:
            r = "ss"
        if system == "french" and ch == "г" and nxt in ("е", "и", "ё", "ю", "я", "ы"):
            r = "gu"
        if system == "french" and ch == "й":
            r = "i"
        if system in ("dutch", "polish", "czech", "swedish") and ch == "е" and initial:
            r = "je"
        if system == "hungarian" and ch in "дтн" and nxt in ("е", "и", "ё", "ю", "я", "ь"):
            r = {"д": "gy", "т": "ty", "н": "ny"}[ch]  # Vlagyimir, Putyin
        if system == "polish" and ch == "и" and prev and prev in "жцш":
            r = "y"
        if system == "romanian" and ch == "ч" and nxt in ("е", "и"):
            r = "c"
        if system in ("dutch", "czech", "polish", "swedish", "hungarian") and ch == "й" and not nxt and prev == "и":
            r = "" if system in ("dutch", "swedish", "hungarian") else "j"
        if system == "ukr":
            if ch in "єїюя" and not initial:
                r = {"є": "ie", "ї": "i", "ю": "iu", "я": "ia"}[ch]
            elif ch in "єїюя":
                r = {"є": "ye", "ї": "yi", "ю": "yu", "я": "ya"}[ch]
            if ch == "й" and i == 0:
                r = "y"
        out.append(r)
    s = "".join(out)
    if system == "french":
        if word.lower().endswith("ин"):
            s += "e"  # Poutine, Lénine
        if s.endswith("ii"):
            s = s[:-1]  # Iouri, Dmitri
    return s


# Cyrillic name elements: given names, patronymics, surnames (Russian unless marked).
NAMES = """
Александр Алексей Анатолий Андрей Антон Аркадий Артём Борис Вадим Валентин Валерий Василий
Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий Герман Глеб Григорий Денис
Дмитрий Евгений Егор Иван Игорь Илья Иосиф Кирилл Константин Лев Леонид Максим Михаил
Никита Николай Олег Павел Пётр Роман Руслан Семён Сергей Станислав Степан Тимур Фёдор Эдуард
Юрий Яков Ярослав Рамзан Ахмат Анна Елена Екатерина Мария Наталья Ольга Светлана Татьяна
Юлия Ирина Людмила Галина Евгения Ксения Алина Дарья Вера Надежда Любовь Софья Валентина
Владимирович Александрович Алексеевич Андреевич Анатольевич Борисович Викторович
Васильевич Валерьевич Вячеславович Геннадьевич Григорьевич Дмитриевич Евгеньевич
Иванович Игоревич Михайлович Николаевич Олегович Павлович Петрович Сергеевич Юрьевич
Фёдорович Константинович Леонидович Кириллович Ахматович
Владимировна Александровна Сергеевна Николаевна Ивановна Михайловна Юрьевна
Путин Медведев Лавров Шойгу Сечин Дерипаска Абрамович Усманов Вексельберг Ротенберг
Тимченко Ковальчук Миллер Греф Костин Чемезов Патрушев Бортников Нарышкин Соловьёв
Пригожин Кадыров Лукашенко Янукович Азаров Медведчук Фридман Авен Хан Потанин Мордашов
Прохоров Алекперов Михельсон Мельниченко Кириенко Володин Матвиенко Песков Захарова
Шувалов Собянин Набиуллина Силуанов Мишустин Голикова Белоусов Герасимов Суровикин
Ходорковский Навальный Березовский Хрущёв Горбачёв Ельцин Жуков Щукин Чайковский Достоевский
Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов
Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев
Макаров Никитин Захаров Зайцев Соловьев Борисов Яковлев Григорьев Романов Воробьёв
Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков
Сорокин Виноградов Ковалёв Белов Медведева Тарасов Белоусова Юсупов Гусейнов
Олександр Володимир Олексій Юрій Сергій Андрій Микола Євген Дмитро Віктор Петро Ігор
Тимошенко Зеленський Порошенко Коломойський Ахметов Фірташ Пінчук Кличко Шевченко Бойко
Аляксандр Уладзімір Лукашэнка
""".split()

# Extra spellings from common usage, per Cyrillic element.
EXTRA = {
    "Александр": "alexander alexandr alexandre aleksander alex",
    "Алексей": "alexei alexey aleksei alexej",
    "Дмитрий": "dmitri dmitry dimitri dimitry",
    "Юрий": "yuri yury juri iouri",
    "Сергей": "sergei serguei sergej sergey",
    "Евгений": "evgeny evgeni evgueni yevgeni eugene jewgeni",
    "Андрей": "andrei andrej andrey",
    "Николай": "nikolai nicolai nikolaj",
    "Михаил": "mikhail michail mihail mikhael mikail",
    "Пётр": "pyotr petr piotr pjotr",
    "Фёдор": "fyodor fedor fiodor fjodor",
    "Илья": "ilya ilia ilja",
    "Артём": "artyom artem artiom",
    "Семён": "semyon semen semion",
    "Иосиф": "iosif joseph",
    "Владимир": "wladimir",
    "Путин": "poutine",
    "Лев": "lev leo",
    "Наталья": "natalya natalia natalja",
    "Мария": "maria mariya marija",
    "Юлия": "yulia yuliya julia iulia",
    "Татьяна": "tatiana tatyana tatjana",
    "Хрущёв": "khrushchev khrushchyov chruschtschow",
    "Горбачёв": "gorbachev gorbachyov gorbatschow",
    "Ельцин": "yeltsin jelzin eltsine",
    "Ходорковский": "khodorkovsky chodorkowski",
    "Чайковский": "tchaikovsky tschaikowski",
    "Достоевский": "dostoevsky dostoyevsky dostojewski",
    "Навальный": "navalny nawalny",
    "Березовский": "berezovsky beresowski",
    "Янукович": "yanukovych yanukovich janukowytsch",
    "Лукашенко": "lukashenko lukaschenko loukachenko",
    "Зеленський": "zelensky zelenskyy zelenskiy selenskyj zelenski",
    "Кличко": "klitschko klitchko",
    "Шойгу": "shoigu schoigu choigou",
    "Кадыров": "kadyrov kadirov",
    "Пригожин": "prigozhin prigoschin prigojine",
    "Дерипаска": "deripaska",
    "Абрамович": "abramovich abramowitsch",
    "Олександр": "oleksandr oleksander",
    "Володимир": "volodymyr wolodymyr",
    "Аляксандр": "aliaksandr alyaksandr",
    "Уладзімір": "uladzimir",
    "Лукашэнка": "lukashenka",
}
UKRAINIAN = set("Олександр Володимир Олексій Юрій Сергій Андрій Микола Євген Дмитро Віктор Петро "
                "Ігор Тимошенко Зеленський Порошенко Коломойський Ахметов Фірташ Пінчук Кличко "
                "Шевченко Бойко".split())
BELARUSIAN = set("Аляксандр Уладзімір Лукашэнка".split())

# Cross-language equivalents: the Russian, Ukrainian and Belarusian forms of one name, as
# lists give them as aliases of one person (Vladimir / Volodymyr / Uladzimir). One group of
# their principal spellings (BGN for Russian, national system for Ukrainian, BGN-like for
# Belarusian, ISO 9 ASCII = ICU for each).
EQUIVALENTS = [
    ("Владимир", "Володимир", "Уладзімір"), ("Александр", "Олександр", "Аляксандр"),
    ("Алексей", "Олексій", None), ("Сергей", "Сергій", None), ("Андрей", "Андрій", None),
    ("Николай", "Микола", None), ("Евгений", "Євген", None), ("Дмитрий", "Дмитро", None),
    ("Пётр", "Петро", None), ("Юрий", "Юрій", None),
    ("Владимирович", "Володимирович", "Уладзіміравіч"),
    ("Александрович", "Олександрович", "Аляксандравіч"),
]

SYSTEMS = [("bgn", BGN), ("passport", PASSPORT_OLD), ("icao", ICAO), ("iso9", ISO9_ASCII),
           ("german", GERMAN), ("french", FRENCH), ("dutch", DUTCH), ("polish", POLISH),
           ("czech", CZECH), ("hungarian", HUNGARIAN), ("swedish", SWEDISH),
           ("romanian", ROMANIAN), ("spanish", SPANISH), ("turkish", TURKISH)]
# Baltic nominative endings (Lithuanian -as, Latvian -s) on masculine names ending in a
# consonant: Putinas, Putins, Vladimiras, Vladimirs.
BALTIC = True


def spellings_for(name):
    out = []
    systems = SYSTEMS + ([("ukr", UKR)] if name in UKRAINIAN else [])
    forms = {}
    for sysname, table in systems:
        s = translit(name, table, sysname)
        if name in BELARUSIAN:
            s = s.replace("э", "e").replace("ў", "w")
        forms[sysname] = s
        if s not in out:
            out.append(s)
    # -ий/-ый endings: BGN -iy/-yy, also written -i, -y, -ii, -ij in lists.
    low = name.lower()
    if low.endswith("ий") or low.endswith("ій"):
        stem = forms["bgn"][:-2]
        for end in ("iy", "i", "ii", "ij", "y"):
            if stem + end not in out:
                out.append(stem + end)
    if low.endswith("ей"):
        stem = forms["bgn"][:-2]
        for end in ("ey", "ei", "ej"):
            if stem + end not in out:
                out.append(stem + end)
    if low.endswith("ай"):
        stem = forms["bgn"][:-2]
        for end in ("ay", "ai", "aj"):
            if stem + end not in out:
                out.append(stem + end)
    # -ов/-ев/-ёв surnames: also -off / -ow (French/German older spellings).
    if low.endswith(("ов", "ев", "ёв")):
        b = forms["bgn"]
        for alt in (b[:-1] + "ff", b[:-1] + "w"):
            if alt not in out:
                out.append(alt)
    if BALTIC and low[-1] not in VOWELS + "йь" and not low.endswith(("вна", "ич")):
        for end in ("as", "s"):
            if forms["bgn"] + end not in out:
                out.append(forms["bgn"] + end)
    for s in EXTRA.get(name, "").split():
        if s not in out:
            out.append(s)
    for s in out:
        assert s.isascii() and s.isalnum() and s == s.lower(), (name, s)
    return forms, out


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data")
    seen = set()
    rows = []
    for name in NAMES:
        if name in seen:
            continue
        seen.add(name)
        forms, spellings = spellings_for(name)
        if len(spellings) < 2:
            continue
        rows.append((name, forms["bgn"], forms["iso9"], " ".join(spellings)))
    for ru, uk, be in EQUIVALENTS:
        spellings = []
        for word, table, system in ((ru, BGN, "bgn"), (uk, UKR, "ukr"), (be, BGN, "bgn")):
            if not word:
                continue
            for sp in (translit(word, table, system), translit(word, ISO9_ASCII, "iso9")):
                sp = sp.replace("ў", "w")
                if sp not in spellings:
                    spellings.append(sp)
        rows.append(("/".join(w for w in (ru, uk, be) if w), "equivalent", "", " ".join(spellings)))
    with open(os.path.join(out_dir, "romanization_russian.tsv"), "w", encoding="utf-8") as f:
        f.write("# generated by scripts/gen_russian_romanization.py, do not edit\n")
        f.write("# Russian, Ukrainian and Belarusian name elements: one group per Cyrillic element.\n")
        f.write("# Sources: BGN/PCGN (1947), ICAO Doc 9303 (passports since 2013), Russian passport\n")
        f.write("# practice 1997-2010, ISO 9:1995 folded to ASCII (= ICU Any-Latin; Latin-ASCII),\n")
        f.write("# Duden German and French transcriptions; Dutch, Polish, Czech, Hungarian, Swedish,\n")
        f.write("# Romanian, Spanish, Turkish press transcriptions; Baltic -as/-s endings on masculine\n")
        f.write("# names ending in a consonant; Ukrainian national system (2010); common\n")
        f.write("# English spellings of well-known names from usage. See FoldSlavic() for the rule-based\n")
        f.write("# skeleton that covers spellings not listed here.\n")
        f.write("# Last rows: cross-language equivalents (Russian/Ukrainian/Belarusian forms of one name,\n")
        f.write("# given by lists as aliases: Vladimir / Volodymyr / Uladzimir).\n")
        f.write("# Columns: Cyrillic, BGN/PCGN, ISO 9 (ASCII, = ICU output), spellings (the group).\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"romanization_russian.tsv: {len(rows)} groups")


if __name__ == "__main__":
    main()
