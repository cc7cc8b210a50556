// Feature hashing: every sparse feature is a 64-bit key built from a template id and its values.
// Keys are stable across runs and platforms (FNV-1a plus a splitmix64 finaliser), so a model
// trained once keeps working wherever it is loaded.
#pragma once

#include <cstdint>
#include <string_view>

namespace dateline::learn {

// Scrambles all bits of x (the splitmix64 finaliser): close inputs give unrelated outputs.
constexpr uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// Hash of a byte string.
constexpr uint64_t hash_text(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return mix64(h);
}

// Order-sensitive combination of two hashes.
constexpr uint64_t hash_combine(uint64_t seed, uint64_t value) {
  return mix64(seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)));
}

// A feature key: template id (which feature family) plus one to three values.
constexpr uint64_t feature(uint32_t template_id, uint64_t a) {
  return hash_combine(mix64(template_id + 1), a);
}
constexpr uint64_t feature(uint32_t template_id, uint64_t a, uint64_t b) {
  return hash_combine(feature(template_id, a), b);
}
constexpr uint64_t feature(uint32_t template_id, uint64_t a, uint64_t b, uint64_t c) {
  return hash_combine(feature(template_id, a, b), c);
}

}  // namespace dateline::learn
