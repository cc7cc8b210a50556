// gzip through zlib, member after member, as .warc.gz files hold one member per record.
#include <zlib.h>

#include "dateline/corpus.hpp"

namespace dateline {

std::string gunzip(std::string_view data, std::string& error, size_t max_bytes) {
  std::string out;
  error.clear();
  z_stream z{};
  if (inflateInit2(&z, 15 + 16) != Z_OK) {  // 15 window bits, +16: gzip wrapper
    error = "zlib initialisation failed";
    return out;
  }
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(std::min<size_t>(data.size(), UINT32_MAX));
  size_t fed = z.avail_in;
  char buf[1 << 16];
  for (;;) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    int rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
    if (out.size() > max_bytes) {
      error = "decompressed data larger than " + std::to_string(max_bytes) + " bytes";
      break;
    }
    if (rc == Z_STREAM_END) {
      // Another member may follow (skip zero padding some writers leave between them).
      while (z.avail_in > 0 && *z.next_in == 0) { ++z.next_in; --z.avail_in; }
      if (z.avail_in == 0 && fed == data.size()) break;
      if (z.avail_in == 0) {  // more than 4 GiB of input: feed the next window
        size_t done = fed;
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data() + done));
        z.avail_in = static_cast<uInt>(std::min<size_t>(data.size() - done, UINT32_MAX));
        fed += z.avail_in;
      }
      inflateReset(&z);
      continue;
    }
    if (rc == Z_BUF_ERROR && z.avail_in == 0) {
      if (fed < data.size()) {
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data() + fed));
        z.avail_in = static_cast<uInt>(std::min<size_t>(data.size() - fed, UINT32_MAX));
        fed += z.avail_in;
        continue;
      }
      error = "truncated gzip data (the stream ends before its last member does)";
      break;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      error = std::string("corrupt gzip data (") + (z.msg ? z.msg : "zlib error " + std::to_string(rc)) + ")";
      break;
    }
  }
  inflateEnd(&z);
  return out;
}

}  // namespace dateline
