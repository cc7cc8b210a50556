#include "dateline/learn/model_file.hpp"

#include <zstd.h>

#include <fstream>
#include <sstream>

#include "dateline/error.hpp"

namespace dateline::learn {
namespace {

constexpr char kMagic[8] = {'D', 'L', 'M', 'O', 'D', 'E', 'L', '\0'};

template <class T>
void put(std::string& out, T value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof(T));
}

void put_string(std::string& out, std::string_view s) {
  put<uint32_t>(out, static_cast<uint32_t>(s.size()));
  out.append(s);
}

// Reads fixed-size values from a byte range, failing cleanly on truncation.
class Cursor {
 public:
  Cursor(std::string_view data, const ModelReader& owner) : data_(data), owner_(owner) {}
  template <class T>
  T get() {
    need(sizeof(T));
    T v;
    std::memcpy(&v, data_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return v;
  }
  std::string_view take(uint64_t n) {
    need(n);
    std::string_view v = data_.substr(pos_, n);
    pos_ += n;
    return v;
  }
  std::string_view string() { return take(get<uint32_t>()); }
  bool done() const { return pos_ == data_.size(); }

 private:
  void need(uint64_t n) const {
    if (n > data_.size() - pos_) owner_.fail("file is truncated or corrupt");
  }
  std::string_view data_;
  size_t pos_ = 0;
  const ModelReader& owner_;
};

}  // namespace

void ModelWriter::add_bytes(const std::string& name, std::string bytes) {
  sections_.emplace_back(name, std::move(bytes));
}

void ModelWriter::add_strings(const std::string& name, const std::vector<std::string>& values) {
  std::string joined;
  for (size_t i = 0; i < values.size(); ++i) {
    if (values[i].find('\n') != std::string::npos)
      throw Error(ExitCode::internal, "model string contains a newline: " + values[i]);
    if (i) joined += '\n';
    joined += values[i];
  }
  put<uint32_t>(joined, static_cast<uint32_t>(values.size()));  // count last: empty lists stay distinct
  add_bytes(name, std::move(joined));
}

void ModelWriter::save(const std::string& path, int level) const {
  std::string payload;
  for (const auto& [name, bytes] : sections_) {
    put_string(payload, name);
    put<uint64_t>(payload, bytes.size());
    payload += bytes;
  }
  std::string packed(ZSTD_compressBound(payload.size()), '\0');
  size_t n = ZSTD_compress(packed.data(), packed.size(), payload.data(), payload.size(), level);
  if (ZSTD_isError(n)) throw Error(ExitCode::internal, std::string("zstd: ") + ZSTD_getErrorName(n));
  packed.resize(n);

  std::string out(kMagic, sizeof kMagic);
  put<uint32_t>(out, kContainerVersion);
  put_string(out, kind_);
  put<uint32_t>(out, kind_version_);
  std::string meta = metadata_.dump();
  put<uint64_t>(out, meta.size());
  out += meta;
  put<uint64_t>(out, payload.size());
  put<uint64_t>(out, packed.size());
  out += packed;

  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) throw Error(ExitCode::bad_resource, "cannot write model file " + path);
  f.write(out.data(), static_cast<std::streamsize>(out.size()));
  if (!f) throw Error(ExitCode::bad_resource, "failed writing model file " + path);
}

ModelReader::ModelReader(const std::string& path, std::string_view expected_kind, uint32_t expected_version)
    : path_(path) {
  std::ifstream f(path, std::ios::binary | std::ios::ate);
  if (!f) fail("cannot open");
  // One read of the whole file: models are tens of MB and load time has a budget (README, Speed).
  std::streamoff size = f.tellg();
  if (size < 0) fail("cannot read (not a regular file?)");
  auto buffer = std::make_unique_for_overwrite<char[]>(static_cast<size_t>(size));  // not zero-filled: all read
  std::string_view file(buffer.get(), static_cast<size_t>(size));
  f.seekg(0);
  if (!f.read(buffer.get(), static_cast<std::streamsize>(size))) fail("cannot read");
  if (file.size() < sizeof kMagic || std::memcmp(file.data(), kMagic, sizeof kMagic) != 0)
    fail("not a dateline model file (bad magic)");
  Cursor c(file.substr(sizeof kMagic), *this);
  if (uint32_t v = c.get<uint32_t>(); v != kContainerVersion)
    fail("model container version " + std::to_string(v) + ", this build reads version " +
         std::to_string(kContainerVersion) + " (retrain or update dateline)");
  std::string kind(c.string());
  if (kind != expected_kind) fail("holds a '" + kind + "' model, expected '" + std::string(expected_kind) + "'");
  if (uint32_t v = c.get<uint32_t>(); v != expected_version)
    fail("'" + kind + "' model version " + std::to_string(v) + ", this build reads version " +
         std::to_string(expected_version) + " (retrain the model)");
  std::string_view meta = c.take(c.get<uint64_t>());
  metadata_ = nlohmann::json::parse(meta, nullptr, false);
  if (metadata_.is_discarded()) fail("metadata is not valid JSON");
  uint64_t raw_size = c.get<uint64_t>();
  std::string_view packed = c.take(c.get<uint64_t>());
  if (!c.done()) fail("trailing bytes after the payload");
  if (raw_size > (uint64_t{1} << 34)) fail("payload size is implausible");
  payload_ = std::make_unique_for_overwrite<char[]>(raw_size);
  size_t n = ZSTD_decompress(payload_.get(), raw_size, packed.data(), packed.size());
  if (ZSTD_isError(n) || n != raw_size) fail("payload does not decompress (corrupt file)");

  Cursor s(std::string_view(payload_.get(), raw_size), *this);
  while (!s.done()) {
    std::string name(s.string());
    sections_[name] = s.take(s.get<uint64_t>());
  }
}

std::string_view ModelReader::bytes(const std::string& name) const {
  auto it = sections_.find(name);
  if (it == sections_.end()) fail("missing section '" + name + "'");
  return it->second;
}

std::vector<std::string> ModelReader::strings(const std::string& name) const {
  std::string_view b = bytes(name);
  if (b.size() < 4) fail("section '" + name + "' is too short");
  uint32_t count;
  std::memcpy(&count, b.data() + b.size() - 4, 4);
  b.remove_suffix(4);
  std::vector<std::string> out;
  if (count == 0) return out;
  size_t pos = 0;
  while (true) {
    size_t nl = b.find('\n', pos);
    out.emplace_back(b.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  if (out.size() != count) fail("section '" + name + "' has a bad string count");
  return out;
}

void ModelReader::fail(const std::string& why) const {
  throw Error(ExitCode::bad_resource, "model " + path_ + ": " + why);
}

}  // namespace dateline::learn
