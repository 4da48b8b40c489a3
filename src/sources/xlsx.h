// A minimal reader of Office Open XML workbooks (.xlsx), enough for lists published as
// spreadsheets (DFAT). It reads the package itself: xl/workbook.xml for the sheet names,
// xl/_rels/workbook.xml.rels for their parts, xl/sharedStrings.xml, and the worksheet
// XML; cells may be shared strings (plain or rich-text runs), inline strings, formula
// strings, booleans or numbers, and rows may skip columns (A1, C1: B is empty).
//
// Values are returned as text exactly as stored (numbers in their XML form, e.g. "41988"),
// with a flag saying whether the cell was numeric so callers can convert Excel serial
// dates. Formatting (styles, number formats) is not applied. Not thread-safe per call;
// no shared state.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sanctions/status.h"

namespace sanctions {

// One cell's stored value.
struct XlsxCell {
  std::string text;      // string value, or the number as written in the XML
  bool numeric = false;  // true for number cells (t absent or t="n")
};

// One non-empty row of a worksheet; cells[i] is column i (A = 0); missing cells are empty.
struct XlsxRow {
  uint32_t number = 0;  // the 1-based row number in the sheet (r attribute)
  std::vector<XlsxCell> cells;
  // The text of column `col`, "" when the row has no such cell.
  const std::string& Text(size_t col) const;
  bool Numeric(size_t col) const { return col < cells.size() && cells[col].numeric; }
};

struct XlsxSheet {
  std::string name;  // "Sheet1"
  std::vector<XlsxRow> rows;
};

// The sheet names of a workbook, in workbook order. Corruption when `path` is not a zip
// or not an xlsx workbook (no xl/workbook.xml).
Result<std::vector<std::string>> XlsxSheetNames(const std::string& path);

// Reads sheet number `index` (0-based, workbook order). Errors name the file and the part.
Result<XlsxSheet> ReadXlsxSheet(const std::string& path, size_t index = 0);

// The dcterms:modified date-time of docProps/core.xml ("2024-11-11T01:01:21Z"), or "" when
// the workbook has none.
std::string XlsxModified(const std::string& path);

// Column index of a cell reference ("A1" -> 0, "AB12" -> 27), -1 when malformed or beyond
// the Excel limit XFD (16384 columns).
int XlsxColumnIndex(const std::string& ref);

}  // namespace sanctions
