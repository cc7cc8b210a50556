#include <gtest/gtest.h>

#include "dateline/error.hpp"
#include "dateline/ingest.hpp"
#include "dateline/text.hpp"

namespace dateline {
namespace {

TEST(Decode, ValidUtf8IsKeptAndBomDropped) {
  auto r = decode_bytes("\xEF\xBB\xBFHello \xE2\x80\x94 world");
  EXPECT_EQ(r.utf8.text, "Hello \u2014 world");
  EXPECT_EQ(r.encoding, "UTF-8");
  ASSERT_EQ(r.utf8.map.size(), r.utf8.text.size() + 1);
  EXPECT_EQ(r.utf8.map[0], 3u);
}

TEST(Decode, DamagedUtf8IsRepaired) {
  auto r = decode_bytes("caf\xC3\xA9 \xFF ok \xE2\x80");
  EXPECT_EQ(r.utf8.text, "caf\u00E9 \uFFFD ok \uFFFD\uFFFD");
  EXPECT_EQ(r.repaired_bytes, 3u);
  EXPECT_EQ(r.utf8.map[r.utf8.text.find("ok")], 8u);
}

TEST(Decode, DamagedUtf8RejectedOnRequest) {
  try {
    decode_bytes("ok \xC3\xA9 then \xFF", InvalidUtf8Policy::reject);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::bad_input);
    EXPECT_NE(std::string(e.what()).find("byte 11"), std::string::npos) << e.what();
  }
}

TEST(Decode, Latin1IsDetectedAndConverted) {
  auto r = decode_bytes("The fee was \xA3" "5m, said the caf\xE9 owner.");
  EXPECT_EQ(r.encoding, "windows-1252");
  EXPECT_EQ(r.utf8.text, "The fee was \u00A3" "5m, said the caf\u00E9 owner.");
  EXPECT_EQ(r.repaired_bytes, 0u);
  EXPECT_EQ(r.utf8.map[r.utf8.text.find("5m")], 13u);
}

TEST(Decode, OverlongAndSurrogatesAreInvalid) {
  EXPECT_EQ(decode_bytes("a\xC0\xAF" "b \xC3\xA9").repaired_bytes, 2u);
  EXPECT_EQ(decode_bytes("a\xED\xA0\x80" "b \xC3\xA9").repaired_bytes, 3u);
}

TEST(Decode, BinaryDetection) {
  EXPECT_TRUE(looks_binary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_FALSE(looks_binary("Plain text\nwith lines\tand tabs."));
}

TEST(Ingest, EmptyAndBinaryInputsAreRefused) {
  EXPECT_THROW(document_from_text("", "empty.txt"), Error);
  EXPECT_THROW(document_from_text(" \n\n\t ", "blank.txt"), Error);
  EXPECT_THROW(document_from_text(std::string("\x7f" "ELF\0\0\0", 7), "a.out"), Error);
}

TEST(Ingest, IsoDate) {
  EXPECT_TRUE(is_iso_date("2014-02-14"));
  EXPECT_TRUE(is_iso_date("2012-02-29"));
  EXPECT_FALSE(is_iso_date("2013-02-29"));
  EXPECT_FALSE(is_iso_date("2014-13-01"));
  EXPECT_FALSE(is_iso_date("14-02-2014"));
}

}  // namespace
}  // namespace dateline
