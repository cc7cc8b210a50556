#include "dateline/normalize.hpp"
#include "dateline/text.hpp"

namespace dateline {
namespace {

class NormalizeStage final : public Stage {
 public:
  std::string_view name() const override { return "normalize"; }
  void process(Document& doc) const override {
    if (is_normalized_text(doc.text)) return;  // nothing to rewrite: source_map stays as it is
    MappedText n = normalize_text(doc.text);
    doc.source_map = compose_maps(doc.source_map, n.map);
    doc.text = std::move(n.text);
  }
};

}  // namespace

std::unique_ptr<Stage> make_normalize_stage() { return std::make_unique<NormalizeStage>(); }

}  // namespace dateline
