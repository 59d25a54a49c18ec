package io.brink.api;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import io.brink.api.Router.Request;
import io.brink.api.Router.Response;
import io.brink.model.Alert;
import io.brink.stream.BrinkTopology;

/**
 * {@code GET /api/alerts?since=ISO-8601&kind=ESCALATION|DEESCALATION&status=OPEN|UPDATED|RESOLVED&limit=50}:
 * the latest message of each recent alert (the recent-alerts store keeps one per alert id; resolved
 * alerts leave it a week after they resolved), newest {@code last_seen} first.
 */
final class AlertsApi {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;
    static final Comparator<Alert> NEWEST_FIRST = Comparator.comparing(Alert::lastSeen).reversed()
            .thenComparing(Alert::id);

    private final QueryService queries;

    AlertsApi(QueryService queries) {
        this.queries = queries;
    }

    Response recent(Request request) throws IOException {
        request.acceptOnly("since", "kind", "status", "limit");
        Instant since = request.instantParam("since");
        String kind = request.choice("kind", null, Router.names(Alert.Kind.class));
        String status = request.choice("status", null, Router.names(Alert.Status.class));
        int limit = request.intParam("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        Predicate<Alert> wanted = a -> (since == null || !a.lastSeen().isBefore(since))
                && (kind == null || a.kind().name().equals(kind))
                && (status == null || a.status().name().equals(status));
        return Response.json(200, latest(request, wanted, limit)).withHeader(QueryService.SERVED_BY, queries.selfName());
    }

    /** The newest {@code limit} alerts that are {@code wanted}, gathered from every instance for {@code request}. */
    List<Alert> latest(Request request, Predicate<Alert> wanted, int limit) throws IOException {
        List<Alert> parts = queries.gather(request, partitions -> queries.<Alert>scan(BrinkTopology.RECENT_ALERTS_STORE,
                partitions).stream().filter(wanted).sorted(NEWEST_FIRST).limit(limit).toList(), Alert.class);
        return parts.stream().sorted(NEWEST_FIRST).limit(limit).toList();
    }
}
