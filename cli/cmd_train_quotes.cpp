// dateline train quotes: trains the attribution tagger (models/en_quotes.dlm) on PolNeAR.
#include <filesystem>

#include "command.hpp"
#include "dateline/error.hpp"
#include "dateline/quotes.hpp"

namespace dateline::cli {
namespace {

struct TrainQuotesArgs {
  std::string train, dev, out = "models/en_quotes.dlm";
  QuoteTrainOptions options;
};

const RegisterCommand reg{{"train", "quotes", "Train the attribution tagger on PolNeAR (brat standoff)",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<TrainQuotesArgs>();
    app.add_option("--train", a->train, "PolNeAR split holding text/ and attributions/ (train)")->required()->check(CLI::ExistingDirectory);
    app.add_option("--dev", a->dev, "PolNeAR split for picking the best epoch (dev)")->check(CLI::ExistingDirectory);
    app.add_option("-o,--output", a->out, "Model file to write")->capture_default_str();
    app.add_option("--epochs", a->options.epochs, "Passes over the training data")->capture_default_str();
    app.add_option("--seed", a->options.seed, "Shuffling seed")->capture_default_str();
    app.add_option("--cue-bias", a->options.cue_bias, "Decoding bias for starting a cue, stored in the model")
        ->capture_default_str();
    app.add_option("--content-bias", a->options.content_bias, "Decoding bias for starting a content, stored in the model")
        ->capture_default_str();
    app.add_option("--global-beam", a->options.global_beam,
                   "Train on whole articles decoded in a beam of this width (0: word by word)")
        ->capture_default_str()->check(CLI::Range(0, 16));
    app.add_option("--cue-cost", a->options.cue_cost,
                   "With --global-beam: training cost of a wrong role for a gold cue word (recall over precision)")
        ->capture_default_str()->check(CLI::Range(0.0f, 1e4f));
    app.add_option("--content-cost", a->options.content_cost,
                   "With --global-beam: training cost of a wrong role for a gold content word")
        ->capture_default_str()->check(CLI::Range(0.0f, 1e4f));
    app.add_flag("--all-annotators", a->options.all_annotators,
                 "Train on every annotator's .ann of a text (each as its own article), not only the first");
    app.add_option("--models", a->options.models_dir, "Models for the pipeline that prepares the articles");
    return [a] {
      if (a->options.epochs < 1 || a->options.epochs > 100) throw Error(ExitCode::usage, "--epochs must be 1..100");
      train_quote_tagger(a->train, a->dev, a->out, a->options);
      return 0;
    };
  }}};

}  // namespace
}  // namespace dateline::cli
