// Helpers for the structure-stage tests: run normalize + structure on a string.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "dateline/document.hpp"
#include "dateline/normalize.hpp"
#include "dateline/structure.hpp"

namespace dateline::testing {

inline Document structured(const std::string& input, const char* title_hint = nullptr) {
  Document doc;
  doc.text = input;
  if (title_hint) doc.title_hint = title_hint;
  make_normalize_stage()->process(doc);
  make_structure_stage()->process(doc);
  return doc;
}

inline bool has_boilerplate(const Document& doc, const std::string& text, const std::string& reason) {
  for (const auto& b : doc.boilerplate)
    if (b.text == text && b.reason == reason) return true;
  return false;
}

// Every body byte that is not a separator maps back to the same byte of an ASCII input.
inline void expect_map_exact(const Document& doc, const std::string& input) {
  ASSERT_EQ(doc.source_map.size(), doc.text.size() + 1);
  for (size_t i = 0; i < doc.text.size(); ++i) {
    char c = doc.text[i];
    uint32_t at = doc.source_offset(static_cast<uint32_t>(i));
    ASSERT_LT(at, input.size());
    if (c == ' ' || c == '\n')
      EXPECT_TRUE(input[at] == ' ' || input[at] == '\n' || input[at] == '\r') << "byte " << i;
    else
      ASSERT_EQ(input[at], c) << "byte " << i;
  }
  EXPECT_EQ(doc.source_map.back(), input.size());
}

}  // namespace dateline::testing
