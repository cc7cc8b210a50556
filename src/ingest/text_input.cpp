#include <sys/stat.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

#include "dateline/error.hpp"
#include "dateline/ingest.hpp"

namespace dateline {

std::string read_input_bytes(const std::string& path, size_t max_bytes) {
  auto too_large = [&](size_t n) {
    return Error(ExitCode::bad_input, path + ": input too large (" + std::to_string(n) + " bytes; limit " +
                                          std::to_string(max_bytes) + ", see --max-bytes)");
  };
  if (path == "-") {
    std::string data;
    char buf[1 << 16];
    while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
      data.append(buf, static_cast<size_t>(std::cin.gcount()));
      if (data.size() > max_bytes) throw too_large(data.size());
    }
    return data;
  }
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) throw Error(ExitCode::bad_input, path + ": no such file");
  if (S_ISDIR(st.st_mode)) throw Error(ExitCode::bad_input, path + ": is a directory");
  if (static_cast<size_t>(st.st_size) > max_bytes) throw too_large(static_cast<size_t>(st.st_size));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ExitCode::bad_input, path + ": cannot open");
  std::string data(static_cast<size_t>(st.st_size), '\0');
  in.read(data.data(), st.st_size);
  if (in.gcount() != st.st_size) throw Error(ExitCode::bad_input, path + ": read error");
  return data;
}

std::string content_id(std::string_view bytes) {
  // FNV-1a, byte by byte (the id is part of the output), eight bytes per step: each byte is
  // its own zero-extending load, three instructions a byte with the xor and the multiply (from
  // one eight-byte load, every byte also needed a shift and a mask).
  constexpr uint64_t prime = 1099511628211ULL;
  uint64_t h = 1469598103934665603ULL;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8)
    for (size_t k = 0; k < 8; ++k) h = (h ^ p[i + k]) * prime;
  for (; i < bytes.size(); ++i) h = (h ^ p[i]) * prime;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int y = std::stoi(std::string(s.substr(0, 4)));
  int m = std::stoi(std::string(s.substr(5, 2)));
  int d = std::stoi(std::string(s.substr(8, 2)));
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

Document document_from_text(std::string_view bytes, std::string source, const ReadOptions& options) {
  const std::string& name = source;
  if (bytes.size() > options.max_bytes)
    throw Error(ExitCode::bad_input, name + ": input too large (" + std::to_string(bytes.size()) + " bytes)");
  size_t non_space = bytes.find_first_not_of(" \t\r\n\f\v");
  if (bytes.empty() || non_space == std::string_view::npos)
    throw Error(ExitCode::bad_input, name + ": empty input");
  if (looks_binary(bytes)) throw Error(ExitCode::bad_input, name + ": binary data, not text");
  DecodeResult decoded;
  try {
    decoded = decode_bytes(bytes, options.invalid_utf8);
  } catch (const Error& e) {
    throw Error(e.code(), name + ": " + e.what());
  }
  Document doc;
  doc.id = content_id(bytes);
  doc.source = std::move(source);
  doc.date = options.date;
  if (doc.date) doc.date_source = options.date_source;
  doc.text = std::move(decoded.utf8.text);
  doc.source_map = std::move(decoded.utf8.map);
  doc.encoding = decoded.encoding;
  if (decoded.repaired_bytes > 0)
    doc.warnings.push_back("invalid UTF-8 repaired with U+FFFD (" + std::to_string(decoded.repaired_bytes) + " bytes)");
  if (decoded.encoding != "UTF-8") doc.warnings.push_back("read as " + decoded.encoding + ", not UTF-8");
  return doc;
}

}  // namespace dateline
