// libFuzzer harness for the parser core: transcript::parse, Document's accessors and
// speaker_of_line. Any crash, sanitizer report or __builtin_trap() here is a bug in extension/core/.
//
// Input: the transcript bytes. If the first byte is 0x01..0x03 it selects a transformation of
// the rest (to reach paths the raw corpus rarely takes); any other first byte means "as is":
//   0x01  a UTF-8 BOM before the rest
//   0x02  the rest with every LF turned into CRLF (an existing CR before LF stays as it is)
//   0x03  the rest flattened to one line (CR and LF replaced by spaces)
//   0x04  the rest as is, parsed with the explicit format "broadcast" instead of "auto"
// The text handed to the core always lives in a heap buffer of exactly its size, so
// AddressSanitizer sees any read past its end.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "document.hpp"
#include "layout.hpp"
#include "text.hpp"
#include "fuzz_checks.hpp"

namespace {

using fuzz::check_document;

void run(std::string_view text, std::string_view format = "auto") {
  transcript::Document doc;
  try {
    doc = transcript::parse(text, format);
  } catch (const transcript::Error&) {
    return;  // invalid UTF-8 (or too large): an error, never a crash
  }
  check_document(doc, text);

  // speaker_of_line on the first line alone, then on the whole text (it reads the first line).
  // Both are valid UTF-8 here: the SQL layer checks UTF-8 before calling it, as parse did.
  size_t eol = text.find_first_of("\r\n");
  std::string_view first = text.substr(0, eol == std::string_view::npos ? text.size() : eol);
  std::unique_ptr<char[]> line(new char[first.size() ? first.size() : 1]);
  if (!first.empty()) std::memcpy(line.get(), first.data(), first.size());
  (void)transcript::speaker_of_line(std::string_view(line.get(), first.size()));
  (void)transcript::speaker_of_line(text);
}

}  // namespace

// Once per process: an unknown format raises Error.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  for (std::string_view format : {"nonsense", "no such layout"}) {
    bool threw = false;
    try {
      (void)transcript::parse("HOST: hi", format);
    } catch (const transcript::Error&) {
      threw = true;
    }
    FUZZ_CHECK(threw);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const char* bytes = reinterpret_cast<const char*>(data);
  const uint8_t mode = size ? data[0] : 0;
  if (mode < 0x01 || mode > 0x04) {
    run(std::string_view(bytes, size));
    return 0;
  }
  std::string_view rest(bytes + 1, size - 1);
  if (mode == 0x04) {
    std::unique_ptr<char[]> exact(new char[rest.size() ? rest.size() : 1]);
    if (!rest.empty()) std::memcpy(exact.get(), rest.data(), rest.size());
    run(std::string_view(exact.get(), rest.size()), "broadcast");
    return 0;
  }
  std::string t;
  switch (mode) {
    case 0x01:
      t = "\xEF\xBB\xBF";
      t += rest;
      break;
    case 0x02:
      t.reserve(rest.size() * 2);
      for (size_t i = 0; i < rest.size(); ++i) {
        if (rest[i] == '\n' && (i == 0 || rest[i - 1] != '\r')) t += '\r';
        t += rest[i];
      }
      break;
    case 0x03:
      t.assign(rest);
      for (char& c : t)
        if (c == '\n' || c == '\r') c = ' ';
      break;
  }
  // Exactly sized heap copy (std::string's spare capacity would hide overreads).
  std::unique_ptr<char[]> exact(new char[t.size() ? t.size() : 1]);
  if (!t.empty()) std::memcpy(exact.get(), t.data(), t.size());
  run(std::string_view(exact.get(), t.size()));
  return 0;
}
