// The dateline binary model format (.dlm): one file per model, checked when loaded.
//
//   "DLMODEL\0"  8 bytes magic
//   u32          container version (kContainerVersion)
//   u32 + bytes  kind, e.g. "tagger"          (what the file holds)
//   u32          kind version                 (layout of the sections, owned by the kind)
//   u64 + bytes  metadata: JSON text (training data, command, scores: informative only)
//   u64 u64      payload size raw / compressed
//   bytes        payload, zstd-compressed: named sections (u32 name length, name, u64 size, bytes)
//
// A wrong magic, kind or version, or a truncated file, throws dateline::Error(bad_resource)
// naming the file. Integers are little-endian (the only byte order we build for).
#pragma once

#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

namespace dateline::learn {

inline constexpr uint32_t kContainerVersion = 1;

class ModelWriter {
 public:
  ModelWriter(std::string kind, uint32_t kind_version) : kind_(std::move(kind)), kind_version_(kind_version) {}

  nlohmann::json& metadata() { return metadata_; }
  void add_bytes(const std::string& name, std::string bytes);
  template <class T>
  void add_array(const std::string& name, std::span<const T> values) {
    static_assert(std::is_trivially_copyable_v<T>);
    add_bytes(name, std::string(reinterpret_cast<const char*>(values.data()), values.size_bytes()));
  }
  template <class T>
  void add_array(const std::string& name, const std::vector<T>& values) {
    add_array(name, std::span<const T>(values));
  }
  // Strings joined by '\n' (none may contain a newline).
  void add_strings(const std::string& name, const std::vector<std::string>& values);

  // Writes the file (zstd level `level`); throws dateline::Error(bad_resource) if it cannot.
  // Level 3, not 9: the parser's payload (23.7 MB) decompresses in 59 ms instead of 142 ms
  // (zstd CLI, five runs each) for a file 5% larger (18.2 MB against 17.4 MB); load time has a
  // budget (README, Speed). The level is not part of the format: files written at level 9, as
  // some committed models were, load the same way.
  void save(const std::string& path, int level = 3) const;

 private:
  std::string kind_;
  uint32_t kind_version_;
  nlohmann::json metadata_ = nlohmann::json::object();
  std::vector<std::pair<std::string, std::string>> sections_;
};

class ModelReader {
 public:
  // Reads and checks the whole file in one go.
  ModelReader(const std::string& path, std::string_view expected_kind, uint32_t expected_version);

  const nlohmann::json& metadata() const { return metadata_; }
  const std::string& path() const { return path_; }
  bool has(const std::string& name) const { return sections_.count(name) > 0; }
  // A section's bytes; a missing section is a bad_resource error.
  std::string_view bytes(const std::string& name) const;
  template <class T>
  std::vector<T> array(const std::string& name) const {
    static_assert(std::is_trivially_copyable_v<T>);
    std::string_view b = bytes(name);
    if (b.size() % sizeof(T) != 0) fail("section '" + name + "' has a bad size");
    std::vector<T> out(b.size() / sizeof(T));
    if (!b.empty()) std::memcpy(out.data(), b.data(), b.size());
    return out;
  }
  std::vector<std::string> strings(const std::string& name) const;

  [[noreturn]] void fail(const std::string& why) const;

 private:
  std::string path_;
  std::unique_ptr<char[]> payload_;  // not zero-filled first: it is tens of MB, all overwritten
  nlohmann::json metadata_;
  std::map<std::string, std::string_view, std::less<>> sections_;
};

}  // namespace dateline::learn
