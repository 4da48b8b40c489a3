// Minimal .xlsx reader over minizip (util/io.h) and pugixml; see xlsx.h.
#include "sources/xlsx.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cstring>

#include "util/io.h"

namespace sanctions {

namespace {

constexpr unsigned kParseFlags = pugi::parse_default | pugi::parse_ws_pcdata_single;
constexpr int kMaxColumns = 16384;  // Excel's limit (XFD)

// Local name of an element ("x:sheet" -> "sheet"): some producers prefix the namespace.
const char* Local(const pugi::xml_node& n) {
  const char* name = n.name();
  const char* colon = std::strchr(name, ':');
  return colon ? colon + 1 : name;
}

bool Is(const pugi::xml_node& n, const char* local) {
  return std::strcmp(Local(n), local) == 0;
}

pugi::xml_node Child(const pugi::xml_node& n, const char* local) {
  for (pugi::xml_node c : n.children())
    if (Is(c, local)) return c;
  return {};
}

// Concatenated text of the <t> elements of a string item (<si> or <is>): plain <t>, or
// the rich-text runs <r><t>. Phonetic runs (<rPh>) are not part of the value.
std::string StringItemText(const pugi::xml_node& item) {
  std::string out;
  for (pugi::xml_node c : item.children()) {
    if (Is(c, "t")) {
      out += c.text().get();
    } else if (Is(c, "r")) {
      for (pugi::xml_node t : c.children())
        if (Is(t, "t")) out += t.text().get();
    }
  }
  return out;
}

Status ParsePart(const std::string& path, const std::string& entry, const std::string& bytes,
                 pugi::xml_document* doc) {
  pugi::xml_parse_result r = doc->load_buffer(bytes.data(), bytes.size(), kParseFlags);
  if (!r) {
    return Status::Corruption(path + ": " + entry + ": XML error at offset " +
                              std::to_string(r.offset) + ": " + r.description());
  }
  return Status::Ok();
}

Result<std::string> ReadPart(const std::string& path, const std::string& entry) {
  auto r = ReadZipEntry(path, entry);
  if (!r.ok())
    return Status::Corruption(path + ": not a readable xlsx workbook: " + r.status().message());
  return r;
}

struct SheetRef {
  std::string name;
  std::string part;  // "xl/worksheets/sheet1.xml"
};

Result<std::vector<SheetRef>> Sheets(const std::string& path) {
  auto entries = ZipEntries(path);
  if (!entries.ok()) {
    return Status::Corruption(
        path + ": not an xlsx workbook (not a zip archive: " + entries.status().message() + ")");
  }
  if (std::find(entries->begin(), entries->end(), "xl/workbook.xml") == entries->end()) {
    return Status::Corruption(path +
                              ": not an xlsx workbook: the zip archive has no xl/workbook.xml");
  }
  auto wb_bytes = ReadPart(path, "xl/workbook.xml");
  if (!wb_bytes.ok()) return wb_bytes.status();
  pugi::xml_document wb;
  Status st = ParsePart(path, "xl/workbook.xml", *wb_bytes, &wb);
  if (!st.ok()) return st;

  // Relationship id -> target part.
  std::vector<std::pair<std::string, std::string>> rels;
  if (std::find(entries->begin(), entries->end(), "xl/_rels/workbook.xml.rels") != entries->end()) {
    auto rel_bytes = ReadPart(path, "xl/_rels/workbook.xml.rels");
    if (!rel_bytes.ok()) return rel_bytes.status();
    pugi::xml_document rd;
    st = ParsePart(path, "xl/_rels/workbook.xml.rels", *rel_bytes, &rd);
    if (!st.ok()) return st;
    for (pugi::xml_node r : rd.document_element().children()) {
      if (!Is(r, "Relationship")) continue;
      std::string target = r.attribute("Target").value();
      if (!target.empty() && target[0] == '/') {
        target = target.substr(1);
      } else {
        while (target.rfind("../", 0) == 0) target = target.substr(3);  // rare; stay in xl/
        target = "xl/" + target;
      }
      rels.emplace_back(r.attribute("Id").value(), target);
    }
  }

  std::vector<SheetRef> out;
  pugi::xml_node sheets = Child(wb.document_element(), "sheets");
  size_t n = 0;
  for (pugi::xml_node s : sheets.children()) {
    if (!Is(s, "sheet")) continue;
    ++n;
    SheetRef ref;
    ref.name = s.attribute("name").value();
    std::string rid;
    for (pugi::xml_attribute a : s.attributes()) {
      std::string an = a.name();
      if (an == "r:id" || (an.size() > 3 && an.substr(an.size() - 3) == ":id")) rid = a.value();
    }
    for (const auto& [id, target] : rels)
      if (id == rid) ref.part = target;
    if (ref.part.empty()) ref.part = "xl/worksheets/sheet" + std::to_string(n) + ".xml";
    out.push_back(std::move(ref));
  }
  if (out.empty()) return Status::Corruption(path + ": xlsx workbook lists no sheets");
  return out;
}

}  // namespace

const std::string& XlsxRow::Text(size_t col) const {
  static const std::string kEmpty;
  return col < cells.size() ? cells[col].text : kEmpty;
}

int XlsxColumnIndex(const std::string& ref) {
  int col = 0;
  size_t i = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') {
    col = col * 26 + (ref[i] - 'A' + 1);
    if (col > kMaxColumns) return -1;
    ++i;
  }
  if (i == 0) return -1;
  return col - 1;
}

Result<std::vector<std::string>> XlsxSheetNames(const std::string& path) {
  auto sheets = Sheets(path);
  if (!sheets.ok()) return sheets.status();
  std::vector<std::string> out;
  for (const SheetRef& s : *sheets) out.push_back(s.name);
  return out;
}

Result<XlsxSheet> ReadXlsxSheet(const std::string& path, size_t index) {
  auto sheets = Sheets(path);
  if (!sheets.ok()) return sheets.status();
  if (index >= sheets->size()) {
    return Status::NotFound(path + ": workbook has no sheet number " + std::to_string(index + 1));
  }
  const SheetRef& ref = (*sheets)[index];

  std::vector<std::string> shared;
  auto entries = ZipEntries(path);
  if (!entries.ok()) return entries.status();
  if (std::find(entries->begin(), entries->end(), "xl/sharedStrings.xml") != entries->end()) {
    auto ss_bytes = ReadPart(path, "xl/sharedStrings.xml");
    if (!ss_bytes.ok()) return ss_bytes.status();
    pugi::xml_document ss;
    Status st = ParsePart(path, "xl/sharedStrings.xml", *ss_bytes, &ss);
    if (!st.ok()) return st;
    for (pugi::xml_node si : ss.document_element().children())
      if (Is(si, "si")) shared.push_back(StringItemText(si));
  }

  auto bytes = ReadPart(path, ref.part);
  if (!bytes.ok()) return bytes.status();
  pugi::xml_document doc;
  Status st = ParsePart(path, ref.part, *bytes, &doc);
  if (!st.ok()) return st;
  pugi::xml_node data = Child(doc.document_element(), "sheetData");
  if (!data) return Status::Corruption(path + ": " + ref.part + ": worksheet has no <sheetData>");

  XlsxSheet sheet;
  sheet.name = ref.name;
  uint32_t next_row = 1;
  for (pugi::xml_node row : data.children()) {
    if (!Is(row, "row")) continue;
    XlsxRow out;
    out.number = row.attribute("r").as_uint(next_row);
    next_row = out.number + 1;
    int next_col = 0;
    for (pugi::xml_node c : row.children()) {
      if (!Is(c, "c")) continue;
      int col = next_col;
      if (pugi::xml_attribute r = c.attribute("r")) {
        col = XlsxColumnIndex(r.value());
        if (col < 0) {
          return Status::Corruption(path + ": " + ref.part + ": row " + std::to_string(out.number) +
                                    ": bad cell reference '" + r.value() + "'");
        }
      }
      if (col >= kMaxColumns) {
        return Status::Corruption(path + ": " + ref.part + ": row " + std::to_string(out.number) +
                                  ": too many cells");
      }
      next_col = col + 1;
      std::string type = c.attribute("t").value();
      XlsxCell cell;
      pugi::xml_node v = Child(c, "v");
      if (type == "s") {
        if (!v) continue;
        char* end = nullptr;
        const char* txt = v.text().get();
        unsigned long idx = std::strtoul(txt, &end, 10);
        if (end == txt || idx >= shared.size()) {
          return Status::Corruption(path + ": " + ref.part + ": row " + std::to_string(out.number) +
                                    ": shared string index '" + txt + "' out of range (" +
                                    std::to_string(shared.size()) + " strings)");
        }
        cell.text = shared[idx];
      } else if (type == "inlineStr") {
        cell.text = StringItemText(Child(c, "is"));
      } else if (type == "str" || type == "e") {
        cell.text = v.text().get();
      } else if (type == "b") {
        cell.text = std::string(v.text().get()) == "1" ? "TRUE" : "FALSE";
      } else {
        if (!v) continue;
        cell.text = v.text().get();
        cell.numeric = true;
      }
      if (cell.text.empty()) continue;
      if (out.cells.size() <= static_cast<size_t>(col)) out.cells.resize(col + 1);
      out.cells[col] = std::move(cell);
    }
    if (!out.cells.empty()) sheet.rows.push_back(std::move(out));
  }
  return sheet;
}

std::string XlsxModified(const std::string& path) {
  auto bytes = ReadZipEntry(path, "docProps/core.xml");
  if (!bytes.ok()) return "";
  pugi::xml_document doc;
  if (!doc.load_buffer(bytes->data(), bytes->size(), kParseFlags)) return "";
  for (pugi::xml_node c : doc.document_element().children())
    if (Is(c, "modified")) return c.text().get();
  return "";
}

}  // namespace sanctions
