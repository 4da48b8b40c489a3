#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (fuzz/corpus/<target>/).

Each seed is a SHORT excerpt (a few records, well under 20 KB) cut from the real list
files in ../shared/lists, in their own format, plus hand-written tricky cases. The
excerpts are committed; this script documents how they were made and can remake them:

    python3 fuzz/make_seeds.py [SHARED_LISTS_DIR]
"""
import csv
import gzip
import io
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "lists")
CORPUS = os.path.join(HERE, "corpus")
SEP = b"\n#--#\n"  # separates the files of one seed (fuzz_common.h SplitParts)
MAX_SEED = 20000


def put(target, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    assert len(data) < MAX_SEED, (target, name, len(data))
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def lists(rel):
    return os.path.join(LISTS, rel)


def read(rel):
    with open(lists(rel), "rb") as f:
        return f.read()


# ---- OFAC legacy CSV sets -------------------------------------------------------------

def ofac_rows(raw, ids=None, first=0):
    """Rows (raw bytes lines) of an OFAC CSV whose ent_num is in ids, or the first N."""
    out = []
    for line in raw.split(b"\r\n") if b"\r\n" in raw else raw.split(b"\n"):
        m = re.match(rb"^(\d+),", line)
        if not m:
            continue
        if ids is not None and m.group(1) in ids:
            out.append(line)
        elif ids is None and len(out) < first:
            out.append(line)
    return out


def ofac_csv():
    base = "ofac/csv_set_2021-07-07/"
    sdn = read(base + "sdn.csv")
    rows = ofac_rows(sdn, first=4)
    # KIM Jong Un and a few vessels with remarks full of facts.
    rows += ofac_rows(sdn, ids={b"20157", b"23729", b"25690", b"15037"})
    ids = {re.match(rb"^(\d+),", r).group(1) for r in rows}
    add = ofac_rows(read(base + "add.csv"), ids=ids)
    alt = ofac_rows(read(base + "alt.csv"), ids=ids)
    comments = read(base + "sdn_comments.csv").split(b"\r\n")[:2]
    eol = b"\r\n"
    set_seed = (eol.join(rows) + eol + b"\x1a" + SEP + eol.join(add) + eol + SEP +
                eol.join(alt) + eol + SEP + eol.join(comments) + eol)
    put("fuzz_ofac_csv", "set_2021_excerpt.csv", set_seed)
    put("fuzz_ofac_csv", "sdn_only_2024.csv",
        b"\r\n".join(ofac_rows(read("ofac/sdn_csv_2024-05-03/sdn.csv"),
                               ids={b"20157", b"23729", b"48907", b"36"})) + b"\r\n\x1a")
    cons = "ofac/consolidated_nonsdn_csv/"
    put("fuzz_ofac_csv", "cons_excerpt.csv",
        b"\r\n".join(ofac_rows(read(cons + "cons_prim.csv"), first=5)))
    # Hand-written: nulls, Latin-1, broken quotes, alias/address naming unknown ids.
    put("fuzz_ofac_csv", "tricky.csv",
        b'1,"M\xdcLLER, J\xfcrgen",individual,"SDGT] [IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
        b'"DOB 01 Jan 1960; alt. DOB circa 1962; POB Z\xfcrich; nationality Germany; '
        b'Passport 123 (Germany) expires 2020; a.k.a. \'JUERGEN\'."\r\n'
        b'2,"UNTERMINATED,vessel,"DPRK3",-0- \r\n'
        b'x,"NOT A NUMBER",-0- ,-0- \r\n'
        b'3,"SHIP",vessel,"DPRK3",-0- ,"HMXX","Crude Oil Tanker","3,000","2,000",'
        b'"Korea, North","-0- ","Vessel Registration Identification IMO 8660313; MMSI 445539000; '
        b'Linked To: KOREA ACHIM SHIPPING CO."\r\n\x1a' + SEP +
        b'99,999,"Nowhere","City","","Country",-0- \r\n1,10,-0- ,-0- ,-0- ,-0- \r\n' + SEP +
        b'99,998,"aka","ORPHAN",-0- \r\n1,11,"fka","OLD NAME",-0- \r\n' + SEP +
        b'1,"overflow of remarks for one"\r\n')
    put("fuzz_ofac_csv", "empty.csv", b"")
    put("fuzz_ofac_csv", "only_eof.csv", b"\x1a")


# ---- XML formats ----------------------------------------------------------------------

def xml_keep(raw, container_paths, keep, namespace=None):
    """Parses raw XML, keeps the first `keep` children of each container, serialises."""
    if namespace:
        ET.register_namespace("", namespace)
    root = ET.fromstring(raw)
    for path in container_paths:
        for container in root.iter(path):
            children = list(container)
            for child in children[keep:]:
                container.remove(child)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8")


def un_xml():
    raw = read("un/consolidated_2026-02-27.xml")
    put("fuzz_un_xml", "un_2026_excerpt.xml",
        xml_keep(raw, ["INDIVIDUALS", "ENTITIES"], 2))
    # A KPi (DPRK) individual and entity from 2018, with aliases, documents, dates.
    root = ET.fromstring(read("un/consolidated_2018-10-29.xml"))
    for tag in ("INDIVIDUALS", "ENTITIES"):
        for c in root.iter(tag):
            kids = [k for k in c if (k.findtext("REFERENCE_NUMBER") or "").startswith("KP")]
            for k in list(c):
                c.remove(k)
            for k in kids[:2]:
                c.append(k)
    put("fuzz_un_xml", "un_2018_kp.xml",
        b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8"))
    put("fuzz_un_xml", "tricky.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST dateGenerated="not a date">'
        '<INDIVIDUALS><INDIVIDUAL><FIRST_NAME/><REFERENCE_NUMBER></REFERENCE_NUMBER></INDIVIDUAL>'
        '<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A &amp; B</FIRST_NAME><SECOND_NAME>Ким</SECOND_NAME>'
        '<REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER><INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN'
        '</TYPE_OF_DATE><FROM_YEAR>1999</FROM_YEAR><TO_YEAR>1960</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>'
        '<INDIVIDUAL_DATE_OF_BIRTH><DATE>2020-02-31</DATE></INDIVIDUAL_DATE_OF_BIRTH>'
        '<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT></INDIVIDUAL_DOCUMENT>'
        '</INDIVIDUAL></INDIVIDUALS><ENTITIES><ENTITY><FIRST_NAME>X</FIRST_NAME>'
        '<REFERENCE_NUMBER>QDe.1</REFERENCE_NUMBER></ENTITY></ENTITIES>')
    put("fuzz_un_xml", "truncated.xml", xml_keep(raw, ["INDIVIDUALS", "ENTITIES"], 1)[:1500])


def ofac_xml():
    raw = read("ofac/sdn_xml_subset/sdn.xml")
    put("fuzz_ofac_xml", "sdn_subset_excerpt.xml",
        xml_keep(raw, ["{http://tempuri.org/sdnList.xsd}sdnList"], 5,
                 "http://tempuri.org/sdnList.xsd"))
    ns = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML"
    raw = read("ofac/consolidated_nonsdn_xml_2025-03-28/consolidated.xml")
    put("fuzz_ofac_xml", "cons_2025_new_namespace.xml",
        xml_keep(raw, ["{%s}sdnList" % ns], 4, ns))
    put("fuzz_ofac_xml", "tricky.xml",
        '<?xml version="1.0"?><sdnList xmlns="http://tempuri.org/sdnList.xsd"><publshInformation>'
        '<Publish_Date>13/45/2020</Publish_Date><Record_Count>-1</Record_Count></publshInformation>'
        '<sdnEntry><uid>x</uid><lastName></lastName><sdnType>Vessel</sdnType></sdnEntry>'
        '<sdnEntry><uid>7</uid><lastName>SHIP</lastName><sdnType>Vessel</sdnType><vesselInfo>'
        '<callSign/><grossRegisteredTonnage>abc</grossRegisteredTonnage></vesselInfo>'
        '<idList><id><uid>1</uid><idType>IMO</idType></id></idList>'
        '<dateOfBirthList><dateOfBirthItem><dateOfBirth>circa 19</dateOfBirth></dateOfBirthItem>'
        '</dateOfBirthList></sdnEntry></sdnList>')


def ofac_advanced():
    ns = "http://www.un.org/sanctions/1.0"
    ET.register_namespace("", ns)
    q = lambda t: "{%s}%s" % (ns, t)
    root = ET.fromstring(read("ofac/consolidated_nonsdn_advanced_xml_2020-03-17/cons_advanced.xml"))
    parties = root.find(q("DistinctParties"))
    keep_parties = list(parties)[:1]
    profile_ids = set()
    for p in keep_parties:
        for prof in p.iter(q("Profile")):
            profile_ids.add(prof.get("ID"))
    for p in list(parties)[1:]:
        parties.remove(p)
    # Sanctions entries, documents, relationships of the kept profiles; their locations.
    entries = root.find(q("SanctionsEntries"))
    for e in list(entries):
        if e.get("ProfileID") not in profile_ids:
            entries.remove(e)
    docs = root.find(q("IDRegDocuments"))
    for d in list(docs):
        if d.get("IdentityID") not in {i.get("ID") for p in keep_parties for i in p.iter(q("Identity"))}:
            docs.remove(d)
    rels = root.find(q("ProfileRelationships"))
    for r in list(rels):
        if r.get("From-ProfileID") not in profile_ids:
            rels.remove(r)
    used = set()
    for el in [*keep_parties, *entries, *docs, *rels]:
        for x in el.iter():
            for k, v in x.attrib.items():
                if k.endswith("ID"):
                    used.add(v)
            if x.tag == q("VersionLocation"):
                used.add(x.get("LocationID"))
    locs = root.find(q("Locations"))
    for loc in list(locs):
        if loc.get("ID") not in used:
            locs.remove(loc)
    for loc in locs:
        for x in loc.iter():
            for k, v in x.attrib.items():
                if k.endswith("ID"):
                    used.add(v)
    # Reference values: the ones used plus the first two of each set.
    for value_set in root.find(q("ReferenceValueSets")):
        for i, v in enumerate(list(value_set)):
            if i >= 1 and v.get("ID") not in used:
                value_set.remove(v)
    data = b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8")
    put("fuzz_ofac_advanced_xml", "cons_advanced_excerpt.xml", data)
    put("fuzz_ofac_advanced_xml", "truncated.xml", data[: len(data) // 2])
    put("fuzz_ofac_advanced_xml", "tricky.xml",
        '<?xml version="1.0"?><Sanctions xmlns="http://www.un.org/sanctions/1.0"><DateOfIssue>'
        '<Year>99999</Year><Month>0</Month><Day>40</Day></DateOfIssue><ReferenceValueSets/>'
        '<DistinctParties><DistinctParty FixedRef="1"><Profile ID="1" PartySubTypeID="999">'
        '<Identity ID="2" FixedRef="1" Primary="true" False="false"><Alias FixedRef="1" '
        'AliasTypeID="1403" Primary="true" LowQuality="false"><DocumentedName ID="3" FixedRef="1" '
        'DocNameStatusID="1"><DocumentedNamePart><NamePartValue NamePartGroupID="404" '
        'ScriptID="215" ScriptStatusID="1" Acronym="false">X</NamePartValue></DocumentedNamePart>'
        '</DocumentedName></Alias><NamePartGroups><MasterNamePartGroup><NamePartGroup ID="404" '
        'NamePartTypeID="1520"/></MasterNamePartGroup></NamePartGroups></Identity>'
        '<Feature ID="5" FeatureTypeID="8"><FeatureVersion ID="6" ReliabilityID="1"><DatePeriod>'
        '<Start Approximate="false"><From><Year>1</Year></From></Start></DatePeriod>'
        '<VersionLocation LocationID="12345"/></FeatureVersion></Feature></Profile>'
        '</DistinctParty></DistinctParties></Sanctions>')


def ofac_enhanced():
    with zipfile.ZipFile(lists("ofac/consolidated_nonsdn_enhanced_xml_2025-01-10/CONS_ENHANCED.ZIP")) as z:
        raw = z.read("CONS_ENHANCED.XML")
    m = re.match(rb"(.*?<entities>)(.*?</entity>)(.*?</entity>)", raw, re.S)
    head, e1, e2 = m.group(1), m.group(2), m.group(3)
    if len(head) > 12000:  # reference values: keep the start only
        head = raw[: raw.index(b"<entities>") + len(b"<entities>")]
    body = head + e1 + e2 + b"\n  </entities>\n</sanctionsData>\n"
    if len(body) >= MAX_SEED:
        body = re.sub(rb"(<referenceValues>).*?(</referenceValues>)", rb"\1\2", body, flags=re.S)
    put("fuzz_ofac_enhanced_xml", "cons_enhanced_excerpt.xml", body)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("CONS_ENHANCED.XML", body)
    put("fuzz_ofac_enhanced_xml", "cons_enhanced_excerpt.zip", buf.getvalue())
    put("fuzz_ofac_enhanced_xml", "tricky.xml",
        '<?xml version="1.0"?><sanctionsData xmlns="https://sanctionslistservice.ofac.treas.gov/'
        'api/PublicationPreview/exports/ENHANCED_XML"><publicationInfo><dataAsOf>garbage'
        '</dataAsOf></publicationInfo><entities><entity id=""><generalInfo><entityType>Vessel'
        '</entityType></generalInfo><names><name><translations><translation><formattedFullName/>'
        '</translation></translations></name></names></entity><entity id="5"/></entities>'
        '</sanctionsData>')


def eu_xml():
    ns = "http://eu.europa.ec/fpi/fsd/export"
    raw = read("eu/fsf_xml_subset_sample_eu.xml")
    put("fuzz_eu_xml", "fsf_excerpt.xml", xml_keep(raw, ["{%s}export" % ns], 3, ns))
    raw = read("eu/fsf_xml_subset_sample_eu_sanctions.xml")
    put("fuzz_eu_xml", "fsf_sanctions_excerpt.xml", xml_keep(raw, ["{%s}export" % ns], 3, ns))
    put("fuzz_eu_xml", "tricky.xml",
        '<?xml version="1.0"?><export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="x">'
        '<sanctionEntity logicalId=""><subjectType code="spaceship"/><nameAlias wholeName="" '
        'strong="maybe"/><birthdate birthdate="1960-13-45" year="-5" circa="true"/>'
        '<identification identificationTypeCode="passport" number=""/></sanctionEntity>'
        '<sanctionEntity logicalId="7"><subjectType code="enterprise"/><nameAlias '
        'wholeName="Ωmega &amp; Co" strong="true" nameLanguage="EL"/><address city="" '
        'countryIso2Code="ZZ"/></sanctionEntity></export>')


def ca_sema():
    put("fuzz_ca_sema_xml", "sema_2025_excerpt.xml",
        xml_keep(read("ca/sema-lmes_2025-05.xml"), ["data-set"], 4))
    put("fuzz_ca_sema_xml", "sema_2020_excerpt.xml",
        xml_keep(read("ca/sema-lmes_2020-04.xml"), ["data-set"], 4))
    # Vessels and aliases from the 2025 file.
    root = ET.fromstring(read("ca/sema-lmes_2025-05.xml"))
    recs = [r for r in root if r.find("ShipName") is not None or r.find("Aliases") is not None]
    for r in list(root):
        root.remove(r)
    for r in recs[:4]:
        root.append(r)
    put("fuzz_ca_sema_xml", "sema_2025_ships_aliases.xml",
        b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8"))
    put("fuzz_ca_sema_xml", "tricky.xml",
        '<?xml version="1.0"?><data-set><record><Country></Country><Item>x</Item></record>'
        '<record><Country>Russia / Russie</Country><LastName>A</LastName><GivenName/>'
        '<DateOfBirthOrShipBuildDate>31-02-1999</DateOfBirthOrShipBuildDate>'
        '<Aliases>, , ;</Aliases><Schedule>1, Part 9</Schedule><Item>2</Item></record>'
        '<record><ShipName>S</ShipName><ShipIMONumber>IMO 12</ShipIMONumber></record></data-set>')


def ch_seco():
    put("fuzz_ch_seco_xml", "seco_example.xml", read("ch/seco_amendment_example_2024-01-17.xml"))
    put("fuzz_ch_seco_xml", "tricky.xml",
        '<?xml version="1.0"?><swiss-sanctions-list date="bad" list-type="full">'
        '<sanctions-program ssid="1"><program-name lang="eng">P</program-name></sanctions-program>'
        '<target ssid="" sanctions-set-id="404"><individual sex="x"><identity ssid="1" main="true">'
        '<name ssid="2" name-type="primary-name"><name-part order="1" name-part-type="given-name">'
        '<value/></name-part></name><day-month-year day="99" month="0" year="-1"/>'
        '</identity></individual></target><target ssid="5"><entity><identity main="false"/>'
        '</entity></target></swiss-sanctions-list>')


# ---- CSV / text formats ---------------------------------------------------------------

def uk_csv():
    raw = read("uk/ofsi_conlist_subset.csv")
    lines = raw.split(b"\n")
    put("fuzz_uk_csv", "conlist_subset_excerpt.csv", b"\n".join(lines[:10]) + b"\n")
    raw = read("uk/ofsi_conlist_2020-04-27.csv")
    lines = raw.split(b"\n")
    # Rows of one multi-row group (aliases) and a ship, after the two header lines.
    ship = [l for l in lines if b",Ship," in l][:2]
    put("fuzz_uk_csv", "conlist_2020_excerpt.csv", b"\n".join(lines[:8] + ship) + b"\n")
    put("fuzz_uk_csv", "tricky.csv",
        lines[0] + b"\n" + lines[1] + b"\n" +
        b'"UNCLOSED,Mohsen,,,,,,,,,28/09/1955\n' +
        b',,,,,,,,,,00/00/0000,,,,,,,,,,,,,,,,,,Individual,AKA,,X,,,,notanumber\n' +
        b'M\xfcller,J\xfcrgen,,,,,,,,,1/1/1,,,,,,,,,,,,,,,,,,Entity,Primary name,,Y,24/03/2007,,,1\n')


def csl_csv():
    raw = read("us_csl/csl_subset_2023-11-30.csv")
    lines = raw.split(b"\n")
    put("fuzz_csl_csv", "csl_subset_excerpt.csv", b"\n".join(lines[:7]) + b"\n")
    with gzip.open(lists("us_csl/consolidated_2022-05.csv.gz"), "rb") as f:
        head = f.read(200000).split(b"\n")
    vessel = [l for l in head if b'"Vessel"' in l or b",Vessel," in l][:2]
    body = b"\n".join(head[:5] + vessel) + b"\n"
    put("fuzz_csl_csv", "csl_2022_excerpt.csv", body)
    put("fuzz_csl_csv", "csl_2022_excerpt.csv.gz", gzip.compress(body))
    put("fuzz_csl_csv", "tricky.csv",
        lines[0] + b'\n"1","src","","Individual","","","","; ; ;","","2099-99-99"\n'
        b'"2","src","2","Vessel","A;B","SHIP","","","","","","","","","","","x","y","","","",'
        b'"","alias1; alias2;;","KP;ZZ","1960; circa 1962",""\n')


def bis_dpl():
    raw = read("us_bis/dpl_2023-11.txt")
    lines = raw.split(b"\n")
    put("fuzz_bis_dpl", "dpl_excerpt.txt", b"\n".join(lines[:8]) + b"\n")
    put("fuzz_bis_dpl", "tricky.txt",
        lines[0] + b'\n"UNCLOSED\t"x"\n\t\t\t\t\t\t"99/99/9999"\t\t\t\t\t\n"ONLY NAME"\n')


def ftm_json():
    put("fuzz_ftm_json", "t1_entities.ftm.json",
        read("opensanctions_ftm/yente_fixture_t1_entities.ftm.json"))
    zala = read("opensanctions_ftm/yente_fixture_zala_entities.ftm.json").split(b"\n")
    keep = [l for l in zala if b'"schema": "Person"' in l or b'"schema":"Person"' in l][:2]
    keep += [l for l in zala if b'"Company"' in l][:2] + [l for l in zala if b'"Sanction"' in l][:2]
    put("fuzz_ftm_json", "zala_excerpt.ftm.json", b"\n".join(keep) + b"\n")
    put("fuzz_ftm_json", "tricky.ftm.json",
        b'{"id":"v1","schema":"Vessel","properties":{"name":["SHIP"],"imoNumber":["IMO 8660313"],'
        b'"flag":["kp"],"buildDate":["19"]}}\n'
        b'{"id":"a1","schema":"Airplane","properties":{"name":[1,2,null],"serialNumber":[{}]}}\n'
        b'{"id":"","schema":"Person","properties":{"birthDate":["2020-02-31","x"]}}\n'
        b'{"schema":"Person"\n[1,2,3]\n{"id":"p","schema":"Person","properties":"nope"}\n'
        b'{"id":"p2","schema":"Person","properties":{"name":["\\ud800"]}}\n')


def user_csv():
    put("fuzz_user_csv", "customers.csv",
        "id,name,type,aliases,dob,country,imo,program\n"
        "C1,Jane Doe,person,J. Doe;Janet Doe,1980-05-01,GB,,\n"
        "C2,ACME Trading LLC,organization,ACME,,\"United Arab Emirates\",,INTERNAL\n"
        "C3,OCEAN STAR,vessel,,,,9123456,\n")
    put("fuzz_user_csv", "tricky.csv",
        "\ufeffid,name,type,aliases,dob,country,imo,program\n"
        ",no id,person\n"
        "C2,,person\n"
        "C3,\"unterminated,org\n"
        "C4,Ким Чен Ын,alien,;;;,1984-13-40,North Korea;ZZ,abc,\n")
    put("fuzz_user_csv", "header_only.csv", "id,name\n")


def detect():
    # One small seed of each format, as format detection sees them.
    for target, name in [("fuzz_un_xml", "un_2026_excerpt.xml"),
                         ("fuzz_ofac_xml", "sdn_subset_excerpt.xml"),
                         ("fuzz_eu_xml", "fsf_excerpt.xml"),
                         ("fuzz_ca_sema_xml", "sema_2025_excerpt.xml"),
                         ("fuzz_ch_seco_xml", "seco_example.xml"),
                         ("fuzz_uk_csv", "conlist_subset_excerpt.csv"),
                         ("fuzz_csl_csv", "csl_subset_excerpt.csv"),
                         ("fuzz_csl_csv", "csl_2022_excerpt.csv.gz"),
                         ("fuzz_bis_dpl", "dpl_excerpt.txt"),
                         ("fuzz_ftm_json", "t1_entities.ftm.json"),
                         ("fuzz_ofac_enhanced_xml", "cons_enhanced_excerpt.zip"),
                         ("fuzz_ofac_advanced_xml", "cons_advanced_excerpt.xml")]:
        with open(os.path.join(CORPUS, target, name), "rb") as f:
            put("fuzz_detect", target.replace("fuzz_", "") + "_" + name, f.read())
    put("fuzz_detect", "ofac_csv_row.csv",
        b'36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a')
    put("fuzz_detect", "not_a_list.xml", '<?xml version="1.0"?><html><body/></html>')
    put("fuzz_detect", "bom_only", b"\xef\xbb\xbf")
    put("fuzz_detect", "bad_utf8.csv", b"Last Updated,\xff\xfe\n\xc3(\n")
    put("fuzz_detect", "json_no_schema.json", b'{"id":1}\n')


def au_dfat():
    """Worksheet XML with inline strings (first rows of the real sheet), then a variant
    with shared strings ("\\n#--#\\n" + sharedStrings.xml)."""
    with zipfile.ZipFile(lists("au/dfat_regulation8_consolidated_2024-11.xlsx")) as z:
        names = z.namelist()
        sheet_name = [n for n in names if n.startswith("xl/worksheets/sheet")][0]
        sheet = z.read(sheet_name)
        shared = z.read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in names else b""
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    q = lambda t: "{%s}%s" % (ns, t)
    strings = []
    if shared:
        for si in ET.fromstring(shared).iter(q("si")):
            strings.append("".join(t.text or "" for t in si.iter(q("t"))))
    root = ET.fromstring(sheet)
    rows = list(root.iter(q("row")))
    # The header row, a few primary names with their aliases and an original-script row.
    picked = rows[:8]
    for r in rows:
        vals = [c.findtext(q("v")) for c in r.iter(q("c"))]
        if any(v is not None and v.isdigit() and int(v) < len(strings) and
               strings[int(v)] == "Original Script Name" for v in vals if v):
            picked.append(r)
            break

    def cell_xml(c, inline, used):
        ref = c.get("r")
        v = c.findtext(q("v"))
        if v is None:
            return ""
        if c.get("t") == "s":
            text = strings[int(v)]
            if inline:
                t = text.replace("&", "&amp;").replace("<", "&lt;")
                return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, t)
            used.append(text)
            return '<c r="%s" t="s"><v>%d</v></c>' % (ref, len(used) - 1)
        return '<c r="%s"><v>%s</v></c>' % (ref, v)

    for inline in (True, False):
        used = []
        out = ['<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="%s"><sheetData>' % ns]
        for r in picked:
            out.append('<row r="%s">' % r.get("r"))
            out.extend(cell_xml(c, inline, used) for c in r.iter(q("c")))
            out.append("</row>")
        out.append("</sheetData></worksheet>")
        data = "".join(out).encode("utf-8")
        if not inline:
            sst = ['<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="%s" count="%d">' %
                   (ns, len(used))]
            for s in used:
                sst.append("<si><t>%s</t></si>" % s.replace("&", "&amp;").replace("<", "&lt;"))
            sst.append("</sst>")
            data += SEP + "".join(sst).encode("utf-8")
        put("fuzz_au_dfat_xlsx", "dfat_excerpt_%s.xml" % ("inline" if inline else "shared"), data)
    put("fuzz_au_dfat_xlsx", "tricky.xml",
        '<?xml version="1.0"?><worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="s"><v>99'
        '</v></c><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row><row r="2"><c r="ZZZZ9" '
        't="s"><v>-1</v></c><c r="B2"><v>1e308</v></c><c r="C2" t="b"><v>1</v></c></row>'
        '</sheetData></worksheet>\n#--#\n<sst><si><r><t>rich</t></r></si></sst>' % ns)


def dictionaries():
    """libFuzzer dictionaries (fuzz/dict/<target>.dict): the element and attribute names
    of each target's seeds, plus the remark keywords of the CSV formats."""
    text_targets = ("fuzz_ofac_csv", "fuzz_uk_csv", "fuzz_csl_csv", "fuzz_bis_dpl",
                    "fuzz_user_csv", "fuzz_ftm_json")
    words = [b"-0- ", b"a.k.a. ", b"f.k.a. ", b"DOB ", b"POB ", b"nationality ", b"Passport ",
             b"IMO ", b"MMSI ", b"Linked To: ", b"circa ", b"alt. ", b'"', b"\r\n", b"#--#",
             b"\x1a", b"Vessel Registration Identification IMO ", b"Gender Male",
             b"Secondary sanctions risk: ", b"Email Address ", b"Website ",
             b"Digital Currency Address - XBT "]
    os.makedirs(os.path.join(HERE, "dict"), exist_ok=True)
    for t in sorted(os.listdir(CORPUS)):
        toks = set()
        for f in os.listdir(os.path.join(CORPUS, t)):
            with open(os.path.join(CORPUS, t, f), "rb") as fh:
                b = fh.read()
            for m in re.finditer(rb"</?([A-Za-z_][\w\-.:]*)", b):
                toks.add(b"<" + m.group(1))
                toks.add(b"</" + m.group(1) + b">")
            for m in re.finditer(rb'\s([A-Za-z_][\w\-]*)="', b):
                toks.add(b" " + m.group(1) + b'="')
            if t in text_targets:
                toks.update(words)
                for m in re.finditer(rb'"([A-Za-z_ ]{3,30})"\s*:', b):
                    toks.add(b'"' + m.group(1) + b'":')
        with open(os.path.join(HERE, "dict", t + ".dict"), "wb") as out:
            out.write(b"# Made by fuzz/make_seeds.py from the seeds of this target.\n")
            for i, tk in enumerate(sorted(toks)[:400]):
                esc = b"".join(bytes([c]) if 32 <= c < 127 and c not in (34, 92) else b"\\x%02x" % c
                               for c in tk)
                out.write(b'kw%d="%s"\n' % (i, esc))


def main():
    ofac_csv()
    ofac_xml()
    ofac_advanced()
    ofac_enhanced()
    un_xml()
    eu_xml()
    uk_csv()
    csl_csv()
    bis_dpl()
    ca_sema()
    au_dfat()
    ch_seco()
    ftm_json()
    user_csv()
    detect()
    dictionaries()
    for target in sorted(os.listdir(CORPUS)):
        files = os.listdir(os.path.join(CORPUS, target))
        sizes = [os.path.getsize(os.path.join(CORPUS, target, f)) for f in files]
        print("%-24s %2d seeds, largest %6d bytes" % (target, len(files), max(sizes)))


if __name__ == "__main__":
    main()
