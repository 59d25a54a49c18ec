package io.brink.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.brink.api.Router.Request;
import io.brink.api.Router.Response;
import io.brink.model.Alert;
import io.brink.model.Json;

/**
 * {@code GET /api/stream}: the alerts of {@code /api/alerts} as Server-Sent Events. A client first
 * gets {@code snapshot} (the newest alerts, as {@code /api/alerts?limit=200} answers), then one
 * {@code alert} event for each alert message that is new or changed since, and {@code unavailable}
 * while the answer cannot be had completely (start, rebalance). One poller per instance asks the
 * alert stores every {@link #POLL} through the same routing as {@code /api/alerts} (every
 * instance, each for the partitions its active tasks hold), however many clients listen, so any
 * instance streams every alert and a stream never depends on which instance holds a pair.
 */
final class AlertStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertStream.class);

    /** How often the alert stores are read while someone listens: an alert reaches the page within about this, plus a commit. */
    static final Duration POLL = Duration.ofMillis(250);
    /** A comment line this often keeps proxies from closing a quiet stream, and finds clients that left. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** Alerts in a snapshot, as many as {@code /api/alerts?limit=} allows by default several times over. */
    static final int SNAPSHOT_LIMIT = 200;
    /** What a client waits before reconnecting after the stream broke. */
    static final int RETRY_MS = 2_000;

    /** One listening client. */
    private static final class Client {
        final OutputStream out;
        final Runnable close;
        volatile boolean primed;
        long lastWrite = System.nanoTime();

        Client(OutputStream out, Runnable close) {
            this.out = out;
            this.close = close;
        }
    }

    private final QueryService queries;
    private final AlertsApi alerts;
    private final byte[] token;
    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller;
    /** The last answer, id to its JSON, newest first; null before the first one (poller thread only). */
    private Map<String, String> last;
    /** Whether the last poll failed: {@code unavailable} is sent when it starts, not at every poll (poller thread only). */
    private boolean failing;

    AlertStream(QueryService queries, AlertsApi alerts, byte[] token) {
        this.queries = queries;
        this.alerts = alerts;
        this.token = token.clone();
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "brink-alert-stream");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::tick, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Opens a stream; a 503 (as any {@code /api} route) while Kafka Streams is not RUNNING. */
    Response open(Request request) {
        request.acceptOnly();
        queries.requireRunning();
        return Response.events((body, close) -> {
            Client c = new Client(body, close);
            if (write(c, "retry: " + RETRY_MS + "\n: brink alert stream\n\n")) {
                clients.add(c);
            }
        }).withHeader("X-Accel-Buffering", "no");
    }

    /** Clients listening now. */
    int clients() {
        return clients.size();
    }

    private void tick() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("alert stream: poll failed", e);
        }
    }

    private void poll() {
        if (clients.isEmpty()) {
            last = null;
            return;
        }
        List<Alert> now;
        try {
            now = alerts.latest(internalRequest(), a -> true, SNAPSHOT_LIMIT);
        } catch (ApiException e) {
            unavailable(e.getMessage(), e.status());
            return;
        } catch (IOException e) {
            unavailable(e.toString(), 503);
            return;
        }
        failing = false;
        Map<String, String> current = new LinkedHashMap<>();
        for (Alert a : now) {
            current.put(a.id(), json(a));
        }
        String snapshot = event("snapshot", "[" + String.join(",", current.values()) + "]");
        StringBuilder changes = new StringBuilder();
        if (last != null) {
            List<Map.Entry<String, String>> oldestFirst = new ArrayList<>(current.entrySet());
            Collections.reverse(oldestFirst);
            for (Map.Entry<String, String> e : oldestFirst) {
                if (!e.getValue().equals(last.get(e.getKey()))) {
                    changes.append(event("alert", e.getValue()));
                }
            }
        }
        for (Client c : clients) {
            if (!c.primed || last == null) {
                if (write(c, snapshot)) {
                    c.primed = true;
                }
            } else if (!changes.isEmpty()) {
                write(c, changes.toString());
            } else if (System.nanoTime() - c.lastWrite > HEARTBEAT.toNanos()) {
                write(c, ": keep-alive\n\n");
            }
        }
        last = current;
    }

    /** The poller's own question, carrying this instance's token on to the others as a client's would be. */
    private Request internalRequest() {
        Headers headers = new Headers();
        if (token.length > 0) {
            headers.add("Authorization", "Bearer " + new String(token, StandardCharsets.UTF_8));
        }
        return new Request("GET", "/api/alerts", "limit=" + SNAPSHOT_LIMIT, Map.of(), headers);
    }

    private void unavailable(String message, int status) {
        if (!failing) {
            String text = event("unavailable", "{\"error\":" + quote(message) + ",\"status\":" + status + "}");
            for (Client c : clients) {
                write(c, text);
            }
        }
        failing = true;
    }

    /** Writes and flushes; a client that is gone is dropped. */
    private boolean write(Client c, String text) {
        try {
            c.out.write(text.getBytes(StandardCharsets.UTF_8));
            c.out.flush();
            c.lastWrite = System.nanoTime();
            return true;
        } catch (IOException e) {
            drop(c);
            return false;
        }
    }

    private void drop(Client c) {
        clients.remove(c);
        try {
            c.close.run();
        } catch (RuntimeException e) {
            // The connection is gone either way.
        }
    }

    static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String s) {
        return json(s == null ? "" : s);
    }

    @Override
    public void close() {
        poller.shutdownNow();
        for (Client c : clients) {
            drop(c);
        }
    }
}
