// Documents as the store keeps them: the dateline.document/1 JSON, zstd-compressed (the JSON
// of a parsed article is many times its text; compressed it is about its size).
#include <zstd.h>

#include "dateline/error.hpp"
#include "dateline/json.hpp"
#include "dateline/store.hpp"

namespace dateline {

std::string pack_document(const Document& doc) {
  std::string json = dump_json(to_json(doc));
  std::string out(ZSTD_compressBound(json.size()), '\0');
  size_t n = ZSTD_compress(out.data(), out.size(), json.data(), json.size(), 3);
  if (ZSTD_isError(n)) throw Error(ExitCode::internal, std::string("zstd: ") + ZSTD_getErrorName(n));
  out.resize(n);
  return out;
}

Document unpack_document(std::string_view blob) {
  unsigned long long size = ZSTD_getFrameContentSize(blob.data(), blob.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ull << 32))
    throw Error(ExitCode::bad_input, "stored document is not a zstd frame");
  std::string json(size, '\0');
  size_t n = ZSTD_decompress(json.data(), json.size(), blob.data(), blob.size());
  if (ZSTD_isError(n)) throw Error(ExitCode::bad_input, std::string("stored document: ") + ZSTD_getErrorName(n));
  auto j = nlohmann::ordered_json::parse(json, nullptr, false);
  if (j.is_discarded()) throw Error(ExitCode::bad_input, "stored document is not JSON");
  return document_from_json(j);
}

}  // namespace dateline
