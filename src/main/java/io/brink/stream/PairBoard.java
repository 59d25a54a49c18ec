package io.brink.stream;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * The pairs of one score task that have events inside the score window, with their latest
 * numbers. All open boards together feed the {@code brink.pairs.active} gauge and the per-pair
 * gauges, which show only the top N pairs of each ranking (labels {@code ranking}, {@code rank}
 * 1..N and {@code pair}): at most 2N series per gauge however many pairs the news names, and a
 * pair that drops out of the top N loses its series at the next {@link #publish}.
 * A board is written by its task's stream thread and read by whichever thread publishes.
 */
final class PairBoard implements AutoCloseable {

    /** A pair's latest numbers, as its last score read them. */
    record Snapshot(String pair, double escalation, double deescalation, double escalationZ,
                    double deescalationZ) {
    }

    /** A pair's place in one ranking ("escalation" or "deescalation"), 1 being the highest. */
    record Ranked(String ranking, int rank, Snapshot snapshot) {
    }

    private static final Set<PairBoard> OPEN = ConcurrentHashMap.newKeySet();
    /** Gauge name → the value it shows of a snapshot. */
    private static final Map<String, ToDoubleFunction<Snapshot>> GAUGES = gauges();
    private static Map<String, MultiGauge> registered;

    private final Map<String, Snapshot> pairs = new ConcurrentHashMap<>();

    private PairBoard() {
    }

    static PairBoard open() {
        PairBoard board = new PairBoard();
        OPEN.add(board);
        return board;
    }

    void put(Snapshot s) {
        pairs.put(s.pair(), s);
    }

    void remove(String pair) {
        pairs.remove(pair);
    }

    int size() {
        return pairs.size();
    }

    /** Takes this board's pairs out of the gauges (from the next {@link #publish}). */
    @Override
    public void close() {
        OPEN.remove(this);
    }

    static int activePairs() {
        int n = 0;
        for (PairBoard b : OPEN) {
            n += b.size();
        }
        return n;
    }

    /** Re-ranks every open board's pairs and replaces the per-pair gauges' rows with the top {@code n}. */
    static synchronized void publish(int n) {
        if (registered == null) {
            registered = new LinkedHashMap<>();
            GAUGES.forEach((name, value) -> registered.put(name, MultiGauge.builder(name)
                    .description("Top pairs of each ranking: " + name.substring("brink.pair.".length()))
                    .register(Metrics.globalRegistry)));
        }
        List<Snapshot> all = new ArrayList<>();
        for (PairBoard b : OPEN) {
            all.addAll(b.pairs.values());
        }
        List<Ranked> top = top(all, n);
        GAUGES.forEach((name, value) -> {
            List<MultiGauge.Row<?>> rows = new ArrayList<>(top.size());
            for (Ranked r : top) {
                rows.add(MultiGauge.Row.of(Tags.of("ranking", r.ranking(), "rank", Integer.toString(r.rank()),
                        "pair", r.snapshot().pair()), value.applyAsDouble(r.snapshot())));
            }
            registered.get(name).register(rows, true);
        });
    }

    /** The {@code n} highest pairs by escalation index, then by de-escalation index; pairs at 0 are left out. */
    static List<Ranked> top(Collection<Snapshot> all, int n) {
        List<Ranked> out = new ArrayList<>();
        rank(all, n, "escalation", Snapshot::escalation, out);
        rank(all, n, "deescalation", Snapshot::deescalation, out);
        return out;
    }

    private static void rank(Collection<Snapshot> all, int n, String ranking, ToDoubleFunction<Snapshot> by,
                             List<Ranked> out) {
        List<Snapshot> ranked = all.stream().filter(s -> by.applyAsDouble(s) > 0)
                .sorted(Comparator.comparingDouble(by).reversed().thenComparing(Snapshot::pair))
                .limit(n).toList();
        for (int i = 0; i < ranked.size(); i++) {
            out.add(new Ranked(ranking, i + 1, ranked.get(i)));
        }
    }

    private static Map<String, ToDoubleFunction<Snapshot>> gauges() {
        Map<String, ToDoubleFunction<Snapshot>> g = new LinkedHashMap<>();
        g.put("brink.pair.escalation.index", Snapshot::escalation);
        g.put("brink.pair.deescalation.index", Snapshot::deescalation);
        g.put("brink.pair.escalation.z", Snapshot::escalationZ);
        g.put("brink.pair.deescalation.z", Snapshot::deescalationZ);
        return g;
    }
}
