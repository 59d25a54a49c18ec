package io.brink.cli;

/**
 * The alert backtest on a sixth realistic feed, written blind by three hands from one
 * specification (scripts/README-realistic-feed-6.md): a fortnight of 937 articles from 20
 * outlets, 12 % in seven other languages, two wars reported daily, three frozen or tense pairs,
 * thirteen calm pairs (state visits with many signings, firms' price wars, sport in war words,
 * anniversaries of old wars, opinion columns imagining one), and eight episodes, four first
 * reported in Russian, Spanish, French or Arabic and one on the feed's second day. Its first
 * measurement, before any change it could have guided (the session's start build with only the
 * replay's clock added, which the feed needed: its second week lay ahead of the day it was
 * written), was 6 of 8 episodes, precision 0.375, 1.07 false alerts per 100 pair-days, +245 /
 * +467 minutes. The false alerts came from calm pairs read as at war (an airline's "offensive",
 * a wrestling bout, a skier who "hit back", "a century ago" and "once fought", a periodical
 * import ban, a column that asks the reader to imagine a trade war), which put them in tension
 * so that their state visits alerted. Each was fixed as its category; then 6 of 8, precision
 * 0.667, 0.33 per 100 pair-days, +200 / +313 minutes. Still missed: the Thai-Cambodian clash 27
 * hours after the feed's start (its pair met cold, so learned), and Egypt's threats over the
 * Nile dam (said without a target in most sentences). Later, two recaps of the Aegean incidents
 * were read as background ("after a year marked by near-daily airspace violations", "intercepted
 * Turkish aircraft dozens of times this autumn"): the escalation alert they raised on the day of
 * the Greek-Turkish moratorium was false, and it was also what had counted as finding that
 * de-escalation within +103 minutes. Without it: 6 of 8, precision 0.75, 0.19 per 100 pair-days,
 * +245 / +1,365 minutes, the moratorium's own DEESCALATION alert opening the next morning, when a
 * sixth outlet carried it (the pair's routine talks make its usual cooperation high). Then a
 * refusal over all time in the perfect was read as a standing position ("Ireland has never
 * recognised British sovereignty over Rockall"), which had put a calm pair in tension so that
 * its ministers' visit alerted: 6 of 8, precision 0.857, 0.10 per 100 pair-days, +245 / +1,365
 * minutes. The floors are that build's.
 */
class SixthRealisticFeedBacktestIT extends BlindFeedBacktest {

    @Override
    int feed() {
        return 6;
    }

    @Override
    Floors floors() {
        return new Floors(8, 6, 0.85, 0.10, 250, 1370);
    }
}
