// Clock times written in transcripts and logs: "03:07", "1:02:47", "00:01:23.500", and the
// dates of chat logs ("2018-03-12"). Shared by the layouts that carry times (timestamped, chat).
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "text.hpp"

namespace transcript {

struct Clock {
  int fields = 0;    // 2 ("mm:ss" or "hh:mm") or 3 ("hh:mm:ss")
  int64_t f[3] = {0, 0, 0};
  double fraction = 0;  // ".500" after the last field
  // Seconds, reading two fields as minutes and seconds (a recording's offset).
  double offset() const { return fields == 3 ? double(f[0] * 3600 + f[1] * 60 + f[2]) + fraction : double(f[0] * 60 + f[1]) + fraction; }
  // Seconds since midnight, reading two fields as hours and minutes (a wall clock).
  double wall() const { return fields == 3 ? offset() : double(f[0] * 3600 + f[1] * 60); }
};

// Reads a clock at s[i] (1-2 digits, then one or two ":dd", then an optional ".d" or ",d"
// fraction of up to 3 digits); on success moves i past it. The clock must not run into more
// digits or colons ("10:00:00:00" and "1:234" are not clocks).
inline bool read_clock(std::string_view s, size_t& i, size_t e, Clock& c) {
  size_t p = i;
  auto digits = [&](size_t max, int64_t& v) {
    size_t b = p;
    v = 0;
    while (p < e && p - b < max && is_digit(s[p])) v = v * 10 + (s[p++] - '0');
    return p > b;
  };
  c = Clock{};
  if (!digits(2, c.f[0])) return false;
  int n = 1;
  while (n < 3 && p < e && s[p] == ':') {
    size_t b = ++p;
    int64_t v;
    if (!digits(2, v) || p - b != 2 || v >= 60) return false;
    c.f[n++] = v;
  }
  if (n < 2) return false;
  c.fields = n;
  if (p < e && (s[p] == '.' || s[p] == ',') && p + 1 < e && is_digit(s[p + 1])) {
    double scale = 0.1;
    ++p;
    for (size_t n = 0; p < e && is_digit(s[p]); ++p, ++n) {
      if (n >= 3) return false;
      c.fraction += (s[p] - '0') * scale;
      scale /= 10;
    }
  }
  if (p < e && (is_digit(s[p]) || s[p] == ':')) return false;
  i = p;
  return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
inline int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

// The last date that read_date() read, by its ten bytes: a log writes the same day on line
// after line.
struct DateMemo {
  char bytes[10] = {};
  int64_t day = 0;
  bool valid = false;
  // Whether the ten bytes at p are the date remembered: two loads, not a call to memcmp (asked
  // of every line of a log).
  bool same_date_at(const char* p) const {
    uint64_t a8, b8;
    uint16_t a2, b2;
    std::memcpy(&a8, bytes, 8);
    std::memcpy(&b8, p, 8);
    std::memcpy(&a2, bytes + 8, 2);
    std::memcpy(&b2, p + 8, 2);
    return valid && a8 == b8 && a2 == b2;
  }
};

// Reads "YYYY-MM-DD" at s[i]; on success moves i past it and gives the day number.
inline bool read_date(std::string_view s, size_t& i, size_t e, int64_t& day, DateMemo* memo = nullptr) {
  if (i + 10 > e) return false;
  if (memo && memo->same_date_at(s.data() + i)) {
    day = memo->day;
    i += 10;
    return true;
  }
  std::string_view d = s.substr(i, 10);
  for (size_t k : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!is_digit(d[k])) return false;
  if (d[4] != '-' || d[7] != '-') return false;
  int64_t y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
  unsigned m = unsigned((d[5] - '0') * 10 + (d[6] - '0')), dd = unsigned((d[8] - '0') * 10 + (d[9] - '0'));
  if (m < 1 || m > 12 || dd < 1 || dd > 31) return false;
  day = days_from_civil(y, m, dd);
  if (memo) {
    std::memcpy(memo->bytes, d.data(), 10);
    memo->day = day;
    memo->valid = true;
  }
  i += 10;
  return true;
}

}  // namespace transcript
