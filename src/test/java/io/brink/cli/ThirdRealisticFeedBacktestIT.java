package io.brink.cli;

/**
 * The alert backtest on a third realistic feed, written blind by a third hand
 * (scripts/README-realistic-feed-3.md): a fortnight of 28 pairs from every region, two wars
 * reported daily, a frozen conflict, routine diplomacy, trade, sport and history, 8 % of it in
 * Spanish, French and German, and eight episodes (a Thai-Cambodian clash on the third day and the
 * ceasefire that ends it, a prisoner exchange brokered by a third state, ties restored after
 * decades). Its first measurement, before any change it could have guided, was 8 of 8 episodes,
 * precision 0.80 (the broker's pairs alerted), latency p50 +24 and max +1,140 minutes (the clash
 * came while the pair, met on the feed's second day, was still being learned). The floors are
 * this build's.
 */
class ThirdRealisticFeedBacktestIT extends BlindFeedBacktest {

    @Override
    int feed() {
        return 3;
    }

    @Override
    Floors floors() {
        return new Floors(8, 8, 0.85, 0.2, 60, 400);
    }
}
