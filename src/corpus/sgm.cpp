// Reuters-21578 .sgm files as an input format: each <REUTERS> element is one article, read by
// the same reader `eval structure --reuters` and `eval news` use, dated by its <DATE>.
#include "corpus_internal.hpp"

namespace dateline::corpus {

void parse_sgm(std::string_view data, const std::string& source, const ItemSink& on_item,
               const FailureSink& on_failure) {
  std::vector<ReutersStory> stories = parse_reuters_sgml(data);
  if (stories.empty()) {
    on_failure({source, "not Reuters-21578 SGML (no <REUTERS> element)"});
    return;
  }
  for (auto& story : stories) {
    if (!story.problem.empty()) {
      on_failure({source + "#" + std::to_string(story.offset), "corrupt element skipped: " + story.problem});
      continue;
    }
    CorpusItem item;
    item.source = source + "#NEWID=" + story.newid;
    item.bytes = reuters_article_text(story);
    if (!story.title.empty()) item.title = story.title;
    if (auto date = reuters_date(story.date)) {
      item.date = std::move(date);
      item.date_source = "sgm";
    } else {
      item.warnings.push_back("<DATE> '" + story.date.substr(0, 60) + "' is not a date; ignored");
    }
    on_item(std::move(item));
  }
}

}  // namespace dateline::corpus
