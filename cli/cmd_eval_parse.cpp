// dateline eval parse: CoNLL 2018 UPOS/XPOS/Lemmas/UAS/LAS on a UD treebank.
#include "cmd_eval_tag_common.hpp"

namespace dateline::cli {
namespace {

const RegisterCommand reg{{"eval", "parse", "Score the tagger, lemmatiser and parser on a UD treebank",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<UdEvalArgs>();
    add_ud_eval_options(app, *a);
    add_parse_decoding_options(app, *a);
    return [a] { return run_ud_eval(*a, "Parsing"); };
  }}};

}  // namespace
}  // namespace dateline::cli
