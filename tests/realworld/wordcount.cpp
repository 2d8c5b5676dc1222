// wordcount.cpp: a small C++ program (libc++ containers, algorithms, iostreams) for the
// clang++-in-wasm case: compiled and linked by clang running under hearth, then run.
#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>

int main() {
  std::map<std::string, int> counts;
  std::string word;
  while (std::cin >> word) {
    std::transform(word.begin(), word.end(), word.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    ++counts[word];
  }
  std::vector<std::pair<std::string, int>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
  for (const auto &[w, n] : v) std::cout << n << ' ' << w << '\n';
  return 0;
}
