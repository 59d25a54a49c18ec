package io.brink.cli;

/**
 * The alert backtest on a fourth realistic feed, written blind by a fourth hand
 * (scripts/README-realistic-feed-4.md): a fortnight of 26 pairs, 20 outlets, a tenth of it in
 * seven other languages, two wars reported daily with their prisoner swaps and stalled
 * mediation, a frozen conflict, strained pairs, and eight episodes, two of them first reported
 * in French and Spanish. Its first measurement, before any change it could have guided, was 7 of
 * 8 episodes, precision 0.70, 0.27 false alerts per 100 pair-days, latency p50 +72 and max +120
 * minutes: the Algerian-Malian row, on a pair first seen a day before it, is learned as the
 * pair's level; a day of swaps and demands in a war, and a protest note over border closures
 * between two strained neighbours, alert. After that session's changes (a turned-back assault read
 * as the other side's attack, an act given as the reason for another kept as background): 7 of 8,
 * precision 0.875, 0.09 false alerts per 100 pair-days, +72 / +120 minutes. Then the English
 * lexicon learned expulsion in the press's idioms (diplomats handed their marching orders, sent
 * packing, ordered out), written from another set: the Algerian-Malian row is found when its
 * expulsions come, 1,200 minutes after its start, and 8 of 8 episodes alert (precision 0.889,
 * 0.09 false alerts per 100 pair-days, +81 / +1,200 minutes). The floors are that build's: the
 * ceiling of the slowest first alert is now that late episode's.
 */
class FourthRealisticFeedBacktestIT extends BlindFeedBacktest {

    @Override
    int feed() {
        return 4;
    }

    @Override
    Floors floors() {
        return new Floors(8, 8, 0.85, 0.1, 90, 1260);
    }
}
