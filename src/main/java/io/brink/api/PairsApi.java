package io.brink.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import io.brink.api.Router.Request;
import io.brink.api.Router.Response;
import io.brink.coding.Gazetteer;
import io.brink.model.Pair;
import io.brink.model.PairScore;
import io.brink.scoring.PairScorer;
import io.brink.scoring.PairState;
import io.brink.stream.BrinkTopology;

/**
 * {@code /api/pairs}: the top pairs, one pair's score with its window history, and the evidence
 * behind it, read from the pair-state store through {@link QueryService}.
 */
final class PairsApi {

    static final List<String> SORTS = List.of("escalation", "deescalation", "cooperation", "net", "z");
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 1000;
    private static final String STORE = BrinkTopology.PAIR_STATE_STORE;

    private final QueryService queries;
    private final PairScorer scorer;

    PairsApi(QueryService queries, PairScorer scorer) {
        this.queries = queries;
        this.scorer = scorer;
    }

    /** {@code GET /api/pairs?sort=escalation|deescalation|cooperation|net|z&limit=20}. */
    Response top(Request request) throws java.io.IOException {
        request.acceptOnly("sort", "limit");
        String sort = request.choice("sort", "escalation", SORTS);
        int limit = request.intParam("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        Comparator<PairScore> order = order(sort);
        List<PairScore> parts = queries.gather(request, partitions -> top(
                queries.<PairState>scan(STORE, partitions).stream().map(scorer::score), order, limit), PairScore.class);
        return Response.json(200, top(parts.stream(), order, limit))
                .withHeader(QueryService.SERVED_BY, queries.selfName());
    }

    /** {@code GET /api/pairs/{a}/{b}}. */
    Response pair(Request request) {
        request.acceptOnly();
        return withState(request, pairOf(request), this::detail);
    }

    /** {@code GET /api/pairs/{a}/{b}/evidence}. */
    Response evidence(Request request) {
        request.acceptOnly();
        return withState(request, pairOf(request), this::evidenceOf);
    }

    /**
     * Highest first; {@code net} (de-escalation minus escalation) ranks by size in either
     * direction. Ties go by pair key, so every instance orders alike.
     */
    static Comparator<PairScore> order(String sort) {
        Comparator<PairScore> by = switch (sort) {
            case "escalation" -> Comparator.comparingDouble(PairScore::escalation);
            case "deescalation" -> Comparator.comparingDouble(PairScore::deescalation);
            case "cooperation" -> Comparator.comparingDouble(PairScore::cooperation);
            case "net" -> Comparator.comparingDouble(s -> Math.abs(s.net()));
            case "z" -> Comparator.comparingDouble(PairScore::z);
            default -> throw new IllegalArgumentException(sort);
        };
        return by.reversed().thenComparing(PairScore::pair);
    }

    private static List<PairScore> top(Stream<PairScore> scores, Comparator<PairScore> order, int limit) {
        return scores.sorted(order).limit(limit).toList();
    }

    private Response withState(Request request, Pair pair, Function<PairState, Object> body) {
        QueryService.Location location = queries.locate(STORE, pair.key(), request);
        if (location instanceof QueryService.Remote remote) {
            return queries.forward(remote.host(), request);
        }
        int partition = ((QueryService.Local) location).partition();
        PairState state = queries.<PairState>get(STORE, pair.key(), partition).orElseThrow(() -> ApiException.notFound(
                "no score for " + pair.key() + ": Brink has coded no event between " + pair.a() + " and " + pair.b()));
        return Response.json(200, body.apply(state)).withHeader(QueryService.SERVED_BY, queries.selfName());
    }

    private PairDetail detail(PairState state) {
        PairScore score = scorer.score(state);
        Map<Long, PairState.Bucket> buckets = new HashMap<>();
        state.buckets().forEach(b -> buckets.put(b.start(), b));
        long step = PairScorer.BUCKET.toSeconds();
        long last = Math.floorDiv(state.now().getEpochSecond(), step) * step;
        List<PairDetail.Quarter> history = new ArrayList<>();
        for (long start = score.windowStart().getEpochSecond(); start <= last; start += step) {
            PairState.Bucket b = buckets.get(start);
            history.add(new PairDetail.Quarter(Instant.ofEpochSecond(start), Instant.ofEpochSecond(start + step),
                    b == null ? 0 : round(b.escalation()), b == null ? 0 : round(b.deescalation()),
                    b == null ? 0 : round(b.cooperation()), b == null ? 0 : b.escalationEvents(),
                    b == null ? 0 : b.deescalationEvents(), b == null ? 0 : b.cooperationEvents()));
        }
        return new PairDetail(state.pair(), score, history);
    }

    private EvidenceList evidenceOf(PairState state) {
        PairScore score = scorer.score(state);
        List<EvidenceList.Item> items = state.evidence().stream()
                .filter(c -> !c.at().isBefore(score.windowStart()))
                .sorted(Comparator.comparingDouble(PairState.Contribution::magnitude).reversed()
                        .thenComparing(PairState.Contribution::at, Comparator.reverseOrder()))
                .map(c -> new EvidenceList.Item(c.evidence().sentence(), c.evidence().articleId(), c.evidence().url(),
                        c.evidence().outlet(), c.evidence().published(), c.evidence().src(), c.evidence().tgt(),
                        c.evidence().signal(), c.evidence().weight(), c.polarity(), round(c.magnitude())))
                .toList();
        return new EvidenceList(state.pair(), score.windowStart(), score.windowEnd(), items);
    }

    /** The pair named by the path's {@code a} and {@code b}, in either order; 404 names a code Brink does not know. */
    static Pair pairOf(Request request) {
        String a = code(request.pathParam("a"));
        String b = code(request.pathParam("b"));
        if (a.equals(b)) {
            throw ApiException.badRequest("a pair needs two different countries, got " + a + " twice");
        }
        return Pair.of(a, b);
    }

    private static String code(String raw) {
        String code = raw.toUpperCase(Locale.ROOT);
        if (!Countries.CODES.contains(code)) {
            throw ApiException.notFound("unknown country code '" + raw + "': Brink knows ISO 3166-1 alpha-3 codes "
                    + "of its gazetteer, such as ISR or IRN");
        }
        return code;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** The ISO 3166-1 alpha-3 codes the pair routes accept. */
    static Set<String> countryCodes() {
        return Countries.CODES;
    }

    /** The gazetteer's country codes, loaded once on first use. */
    private static final class Countries {
        static final Set<String> CODES = Gazetteer.load().countryCodes();
    }
}
