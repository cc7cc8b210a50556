#include <gtest/gtest.h>

#include "dateline/normalize.hpp"
#include "dateline/text.hpp"

namespace dateline {
namespace {

TEST(Normalize, DoubledSingleQuotesBecomeDoubleQuotes) {
  auto n = normalize_text("He said \u2018\u2018no\u2019\u2019 and ``yes'' today.");
  EXPECT_EQ(n.text, "He said \u201Cno\u201D and \u201Cyes\u201D today.");
}

TEST(Normalize, SingleApostrophesStay) {
  auto n = normalize_text("China\u2019s and don't");
  EXPECT_EQ(n.text, "China\u2019s and don't");
}

TEST(Normalize, SpacesSoftHyphensAndLineEnds) {
  auto n = normalize_text("a\u00A0b\u00ADc\r\nd\re\u200Bf");
  EXPECT_EQ(n.text, "a bc\nd\nef");
}

TEST(Normalize, NfcComposes) {
  auto n = normalize_text("Cafe\u0301 au lait");
  EXPECT_EQ(n.text, "Caf\u00E9 au lait");
}

TEST(Normalize, MapPointsBackToInputBytes) {
  std::string in = "x\u2018\u2018quote\u2019\u2019 e\u0301t\u00E9 \r\nend";
  auto n = normalize_text(in);
  ASSERT_EQ(n.map.size(), n.text.size() + 1);
  size_t q = n.text.find("quote");
  EXPECT_EQ(in.substr(n.map[q], 5), "quote");
  size_t e = n.text.find("end");
  EXPECT_EQ(in.substr(n.map[e], 3), "end");
  EXPECT_EQ(n.map.back(), in.size());
  // The composed é maps to the start of its decomposed source.
  size_t et = n.text.find("\u00E9t");
  EXPECT_EQ(in.substr(n.map[et], 1), "e");
}

TEST(Normalize, ComposeMaps) {
  std::vector<uint32_t> outer = {0, 2, 4, 6};  // b into a
  std::vector<uint32_t> inner = {1, 2, 3};     // c into b
  EXPECT_EQ(compose_maps(outer, inner), (std::vector<uint32_t>{2, 4, 6}));
  EXPECT_EQ(compose_maps({}, inner), inner);
}

TEST(Normalize, AlreadyNormalTextIsRecognised) {
  // Long enough that the eight-bytes-at-a-time paths run, with the odd byte late in the text.
  std::string plain = "Shares rose 3.5% to \u00A3120 on Monday, the company's chief said.\n\tNext line";
  EXPECT_TRUE(is_normalized_text(plain));
  EXPECT_TRUE(is_normalized_text(""));
  EXPECT_TRUE(is_normalized_text("Z\u00FCrich \u201Cquoted\u201D \u2014 fine"));
  for (std::string odd : {"\r\n", "``", "''", "\u00A0", "\u00AD", "\x7F", "\x01", "e\u0301", "\u2019\u2019"}) {
    std::string text = plain + " and then " + odd + " at the end of it";
    EXPECT_FALSE(is_normalized_text(text)) << odd;
    EXPECT_NE(normalize_text(text).text, text) << odd;
  }
}

}  // namespace
}  // namespace dateline
