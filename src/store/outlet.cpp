// The outlet of an article, for counting the distinct sources that report an event, and the
// SQL function dateline_outlet(url, source) the queries count it with.
#include <sqlite3.h>

#include <algorithm>
#include <cctype>

#include "dateline/store.hpp"

namespace dateline {

std::string article_outlet(const std::optional<std::string>& url, const std::string& source) {
  if (url) {
    if (size_t scheme = url->find("://"); scheme != std::string::npos) {
      std::string host = url->substr(scheme + 3);
      host = host.substr(0, host.find_first_of("/?#"));
      if (size_t at = host.rfind('@'); at != std::string::npos) host = host.substr(at + 1);
      host = host.substr(0, host.find(':'));
      std::transform(host.begin(), host.end(), host.begin(), [](unsigned char c) { return std::tolower(c); });
      if (host.starts_with("www.")) host = host.substr(4);
      if (!host.empty()) return host;
    }
  }
  // Without a URL, files of one outlet are usually kept together: the folder stands for it.
  // A record inside a container ("file#offset", "file#id", "file:line") is the container's.
  std::string path = source.substr(0, source.find('#'));
  if (size_t colon = path.rfind(':'); colon != std::string::npos && colon + 1 < path.size() &&
                                      path.find_first_not_of("0123456789", colon + 1) == std::string::npos)
    path = path.substr(0, colon);
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

namespace store {

void register_functions(sqlite3* db) {
  auto outlet = [](sqlite3_context* ctx, int, sqlite3_value** argv) {
    std::optional<std::string> url;
    if (const auto* u = sqlite3_value_text(argv[0])) url = reinterpret_cast<const char*>(u);
    const auto* source = sqlite3_value_text(argv[1]);
    std::string o = article_outlet(url, source ? reinterpret_cast<const char*>(source) : "");
    sqlite3_result_text(ctx, o.data(), static_cast<int>(o.size()), SQLITE_TRANSIENT);
  };
  sqlite3_create_function(db, "dateline_outlet", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, outlet, nullptr,
                          nullptr);
}

}  // namespace store
}  // namespace dateline
