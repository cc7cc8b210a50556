// Credits, captions, legal footers and bare dates inside the article container are dropped;
// the paragraphs around them and data tables are kept.
#include <gtest/gtest.h>

#include "dateline/html.hpp"

namespace dateline {
namespace {

const char* kPage = R"(<html><body><div class="story">
<h1>Ferry service returns to the island</h1>
<p>15. Mai 2019, 05:28 Uhr</p>
<p>The ferry between the harbour and the island ran again on Monday, after a week of storms.</p>
<p>Foto: Lena Berg/Harbour Press</p>
<p>Passengers queued from six in the morning, and the first crossing was full within minutes.</p>
<p>AFP / JOHN EXAMPLE</p>
<p>The operator said the timetable would be back to normal by the end of the week, weather permitting.</p>
<table><tr><td>12.5 / 3</td><td>Monday crossings</td></tr></table>
<p>&copy; 2024 Harbour Press. All rights reserved. Reprinting without permission is not allowed.</p>
</div></body></html>)";

TEST(CreditLines, DropsCreditsLegalFootersAndBareDates) {
  std::string text = extract_html(kPage).text;
  for (const char* kept : {"ran again on Monday", "the first crossing was full", "back to normal", "12.5 / 3"})
    EXPECT_NE(text.find(kept), std::string::npos) << kept << " missing from:\n" << text;
  for (const char* junk : {"Foto:", "AFP /", "All rights reserved", "05:28 Uhr"})
    EXPECT_EQ(text.find(junk), std::string::npos) << junk << " in:\n" << text;
}

}  // namespace
}  // namespace dateline
