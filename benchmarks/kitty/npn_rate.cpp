// Rate of kitty's exact_npn_canonization on random n-input functions, one
// core: the baseline of `exactnn bench boolean` (issue 13 item 7).
// Build: g++ -O3 -march=native -std=c++17 -I KITTY/include npn_rate.cpp -o npn_rate
// Run:   ./npn_rate N COUNT RUNS   (prints median/min/max functions/s)
#include <kitty/kitty.hpp>
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

template<int N>
static void run(int count, int runs) {
    std::vector<kitty::static_truth_table<N>> tables(count);
    uint64_t state = 1;
    for (auto& t : tables) {
        state += 0x9E3779B97F4A7C15ull; // SplitMix64, as the Swift bench draws its tables
        uint64_t z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        kitty::create_from_words(t, &z, &z + 1);
    }
    std::vector<double> rates;
    uint64_t check = 0;
    for (int r = 0; r <= runs; ++r) {
        auto start = std::chrono::steady_clock::now();
        for (auto const& t : tables) check += std::get<0>(kitty::exact_npn_canonization(t))._bits;
        double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (r > 0) rates.push_back(count / s); // run 0 warms up
    }
    std::sort(rates.begin(), rates.end());
    std::printf("n = %d: %d functions x %d runs: median %.0f, min %.0f, max %.0f functions/s (checksum %llu)\n",
                N, count, runs, rates[rates.size() / 2], rates.front(), rates.back(), (unsigned long long)check);
}

int main(int argc, char** argv) {
    int n = argc > 1 ? std::atoi(argv[1]) : 5, count = argc > 2 ? std::atoi(argv[2]) : 20000, runs = argc > 3 ? std::atoi(argv[3]) : 5;
    if (n == 5) run<5>(count, runs); else if (n == 6) run<6>(count, runs); else { std::fprintf(stderr, "n must be 5 or 6\n"); return 2; }
}
