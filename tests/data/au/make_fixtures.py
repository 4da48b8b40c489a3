#!/usr/bin/env python3
"""Writes the small DFAT/xlsx fixtures of this folder (run from anywhere).

mini.xlsx     a 2-entity DFAT-shaped workbook exercising the xlsx corner cases: shared
              strings with rich-text runs, inline strings, a formula string, numeric
              cells (Excel serial dates), cells skipped in a row (A, C: B empty), a
              non-contiguous alias row, an unknown name type, a group with no primary.
not_xlsx.zip  a zip archive holding a text file only (not a workbook).
truncated.xlsx  the first 300 bytes of mini.xlsx.
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

shared = [
    'Reference', 'Name of Individual or Entity', 'Type', 'Name Type', 'Date of Birth',
    'Place of Birth', 'Citizenship', 'Address', 'Additional Information',
    'Listing Information', 'Committees', 'Control Date',
    'TEST PERSON ONE', 'Individual', 'Primary Name', 'Baghdad, Iraq', 'Iraqi',
    'Listed on 2 June 2014 (amended on 6 Dec 2019)', '1518 (Iraq)',
]
# Rich text: one shared string made of two runs plus a phonetic run that must be ignored.
rich = ('<si><r><rPr><b/></rPr><t>TEST </t></r><r><t xml:space="preserve">ENTITY TWO</t></r>'
        '<rPh sb="0" eb="1"><t>IGNORED</t></rPh></si>')


def si(s):
    return '<si><t xml:space="preserve">%s</t></si>' % s


def sst():
    items = ''.join(si(s) for s in shared) + rich
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
            % (NS, len(shared) + 1, len(shared) + 1, items))


RICH = len(shared)


def s(ref, idx):
    return '<c r="%s" t="s"><v>%d</v></c>' % (ref, idx)


def n(ref, v):
    return '<c r="%s"><v>%s</v></c>' % (ref, v)


def inline(ref, text):
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)


def row(r, cells):
    return '<row r="%d">%s</row>' % (r, ''.join(cells))


rows = [
    row(1, [s('%s1' % c, i) for i, c in enumerate('ABCDEFGHIJKL')]),
    # Entity 7: person, DOB as Excel serial 24108 (1966-01-01), listing date in text.
    row(2, [n('A2', 7), s('B2', 12), s('C2', 13), s('D2', 14), n('E2', 24108), s('F2', 15),
            s('G2', 16), s('J2', 17), s('K2', 18), n('L2', 41988)]),
    # Original script alias, inline string; Type written dirty.
    row(3, [inline('A3', '7a'), inline('B3', 'محمد حسن'), inline('C3', 'individual '),
            inline('D3', 'Original Script'), inline('E3', 'a) 1960 b) circa 1962')]),
    # Entity 8: organisation; B from a rich-text shared string; column C skipped on purpose
    # in the next row; formula string in I.
    row(4, [n('A4', 8), s('B4', RICH), inline('C4', 'Entity '), s('D4', 14),
            '<c r="I4" t="str"><f>CONCAT("a","b")</f><v>Founded 2012</v></c>',
            inline('K4', 'Autonomous (Iran)')]),
    row(5, [inline('A5', '8a'), inline('B5', 'TE TWO'), inline('D5', 'aka')]),
    # Row without a name: rejected.
    row(6, [inline('A6', '8b'), inline('D6', 'aka')]),
    # Non-contiguous alias of entity 7, unknown name type.
    row(7, [inline('A7', '7b'), inline('B7', 'T. P. ONE'), inline('D7', 'Nickname')]),
    # Group 9 has no Primary Name row: rejected.
    row(8, [inline('A8', '9a'), inline('B8', 'ORPHAN ALIAS'), inline('D8', 'aka')]),
    # Reference that is not a number: rejected.
    row(9, [inline('A9', 'X1'), inline('B9', 'NO REFERENCE'), inline('D9', 'Primary Name')]),
]
sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<worksheet xmlns="%s" xmlns:r="%s"><sheetData>%s</sheetData></worksheet>'
         % (NS, R_NS, ''.join(rows)))
workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="%s" xmlns:r="%s"><sheets>'
            '<sheet name="Consolidated" sheetId="1" r:id="rId9"/></sheets></workbook>'
            % (NS, R_NS))
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId9" Type="%s/worksheet" Target="worksheets/data.xml"/>'
        '<Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>' % (R_NS, R_NS))
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-05-06T07:08:09Z</dcterms:modified>'
        '</cp:coreProperties>')

path = os.path.join(HERE, 'mini.xlsx')
with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
    for name, body in [('xl/workbook.xml', workbook), ('xl/_rels/workbook.xml.rels', rels),
                       ('xl/sharedStrings.xml', sst()), ('xl/worksheets/data.xml', sheet),
                       ('docProps/core.xml', core)]:
        zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
        z.writestr(zi, body.encode('utf-8'), zipfile.ZIP_DEFLATED)
with zipfile.ZipFile(os.path.join(HERE, 'not_xlsx.zip'), 'w') as z:
    z.writestr(zipfile.ZipInfo('readme.txt', date_time=(2024, 1, 1, 0, 0, 0)), b'not a workbook\n')
with open(path, 'rb') as f:
    head = f.read(300)
with open(os.path.join(HERE, 'truncated.xlsx'), 'wb') as f:
    f.write(head)
