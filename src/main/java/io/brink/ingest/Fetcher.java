package io.brink.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Brink's polite HTTP client on the JDK's {@link HttpClient}: a User-Agent that names Brink,
 * robots.txt asked first and honoured (crawler-commons reads it, Crawl-delay included), one request
 * per host per {@code ingest.host.delay.ms}, gzip, redirects followed up to a limit (each hop
 * checked against its host's robots.txt), timeouts on the answer and on its body, a cap on the bytes
 * read, and conditional GET (ETag, Last-Modified) for feeds, so an unchanged feed costs a 304.
 */
public final class Fetcher implements AutoCloseable {

    /** What is being fetched: feeds are asked conditionally, robots.txt is not checked against itself. */
    public enum Purpose { FEED, PAGE, ROBOTS }

    /** A usable answer: the final address after redirects, the body (empty when not modified). */
    public record Response(URI uri, int status, byte[] body, String contentType, boolean notModified) {

        /** The charset the Content-Type header names, when the JDK knows it. */
        public Optional<Charset> charset() {
            if (contentType == null) {
                return Optional.empty();
            }
            for (String part : contentType.split(";")) {
                String p = part.strip();
                if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                    String name = p.substring(8).replace("\"", "").replace("'", "").strip();
                    try {
                        return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }

    private record Validators(String etag, String lastModified) {
    }

    private record Rules(BaseRobotRules rules, Instant fetched) {
    }

    /** robots.txt is read again after this long. */
    static final Duration ROBOTS_TTL = Duration.ofHours(12);

    private final HttpClient client;
    private final IngestSettings settings;
    private final HostPacer pacer;
    private final Map<String, CompletableFuture<Rules>> robots = new ConcurrentHashMap<>();
    private final Map<URI, Validators> validators = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdog;
    private final MeterRegistry meters;

    public Fetcher(IngestSettings settings, MeterRegistry meters) {
        this.settings = settings;
        this.meters = meters;
        this.pacer = new HostPacer(settings.hostDelay());
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "brink-ingest-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /** Fetches {@code uri}, following redirects; a {@link FetchException} says why there is no answer. */
    public Response get(URI uri, Purpose purpose) throws FetchException, InterruptedException {
        URI at = uri;
        for (int hop = 0; ; hop++) {
            if (purpose != Purpose.ROBOTS && !allowed(at)) {
                throw new FetchException(FetchException.Kind.ROBOTS_DISALLOWED, 0, "robots.txt of " + authority(at)
                        + " disallows " + at.getRawPath());
            }
            pacer.await(authority(at));
            long start = System.nanoTime();
            HttpResponse<InputStream> response = send(at, purpose);
            pacer.answered(authority(at));
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response.body());
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new FetchException(FetchException.Kind.HTTP_STATUS, status, "HTTP " + status + " without Location from " + at);
                }
                if (hop >= settings.maxRedirects()) {
                    throw new FetchException(FetchException.Kind.TOO_MANY_REDIRECTS, status,
                            "more than " + settings.maxRedirects() + " redirects from " + uri + " (ingest.max.redirects)");
                }
                try {
                    at = at.resolve(location.get().strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(FetchException.Kind.HTTP_STATUS, status, "bad redirect Location '" + location.get() + "'");
                }
                continue;
            }
            if (status == 304) {
                close(response.body());
                timer(purpose).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                return new Response(at, status, new byte[0], null, true);
            }
            if (status < 200 || status >= 300) {
                close(response.body());
                throw new FetchException(FetchException.Kind.HTTP_STATUS, status, "HTTP " + status + " from " + at);
            }
            byte[] body = read(response, at);
            timer(purpose).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            if (purpose == Purpose.FEED) {
                String etag = response.headers().firstValue("ETag").orElse(null);
                String modified = response.headers().firstValue("Last-Modified").orElse(null);
                if (etag != null || modified != null) {
                    validators.put(uri, new Validators(etag, modified));
                } else {
                    validators.remove(uri);
                }
            }
            return new Response(at, status, body, response.headers().firstValue("Content-Type").orElse(null), false);
        }
    }

    /** True when the host's robots.txt lets Brink fetch {@code uri} (fetched once per host, kept for a while). */
    public boolean allowed(URI uri) throws InterruptedException {
        String host = authority(uri);
        CompletableFuture<Rules> mine = new CompletableFuture<>();
        CompletableFuture<Rules> cached = robots.putIfAbsent(host, mine);
        if (cached != null) {
            Rules r;
            try {
                r = cached.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            if (r.fetched().plus(ROBOTS_TTL).isAfter(Instant.now()) || !robots.replace(host, cached, mine)) {
                return r.rules().isAllowed(uri.toString());
            }
        }
        BaseRobotRules rules;
        try {
            rules = fetchRobots(uri);
        } catch (InterruptedException e) {
            // Others waiting on this host read "disallowed" once, and the next call asks again.
            mine.complete(new Rules(new SimpleRobotRulesParser().failedFetch(500), Instant.EPOCH));
            throw e;
        }
        if (rules.getCrawlDelay() > 0) {
            pacer.crawlDelay(host, Duration.ofMillis(rules.getCrawlDelay()));
        }
        mine.complete(new Rules(rules, Instant.now()));
        return rules.isAllowed(uri.toString());
    }

    private BaseRobotRules fetchRobots(URI uri) throws InterruptedException {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(HostPacer.MAX_CRAWL_DELAY.toMillis(), 5);
        URI robotsUri = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt");
        try {
            Response r = get(robotsUri, Purpose.ROBOTS);
            return parser.parseContent(robotsUri.toString(), r.body(), r.contentType() == null ? "text/plain" : r.contentType(),
                    List.of(IngestSettings.ROBOT_NAME));
        } catch (FetchException e) {
            // No robots.txt (4xx) allows everything; a server error or no answer disallows for now (RFC 9309).
            return parser.failedFetch(e.kind() == FetchException.Kind.HTTP_STATUS ? e.status() : 500);
        }
    }

    private HttpResponse<InputStream> send(URI uri, Purpose purpose) throws FetchException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept-Encoding", "gzip")
                .header("Accept", switch (purpose) {
                    case FEED -> "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
                    case PAGE -> "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
                    case ROBOTS -> "text/plain, */*;q=0.5";
                });
        Validators v = purpose == Purpose.FEED ? validators.get(uri) : null;
        if (v != null && v.etag() != null) {
            request.header("If-None-Match", v.etag());
        }
        if (v != null && v.lastModified() != null) {
            request.header("If-Modified-Since", v.lastModified());
        }
        try {
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException(FetchException.Kind.TIMEOUT, "no answer from " + uri + " within "
                    + settings.timeout().toMillis() + " ms (ingest.timeout)", e);
        } catch (IOException e) {
            throw new FetchException(FetchException.Kind.NETWORK, "cannot fetch " + uri + ": " + e, e);
        }
    }

    /** The body, decompressed, at most {@code ingest.max.page.bytes}, within the timeout. */
    private byte[] read(HttpResponse<InputStream> response, URI uri) throws FetchException {
        int max = settings.maxPageBytes();
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        boolean gzip = response.headers().firstValue("Content-Encoding").map(s -> s.toLowerCase(Locale.ROOT).contains("gzip"))
                .orElse(false);
        InputStream raw = response.body();
        if (!gzip && declared > max) {
            close(raw);
            throw new FetchException(FetchException.Kind.TOO_LARGE, response.statusCode(), uri + " is " + declared
                    + " bytes, more than ingest.max.page.bytes (" + max + ")");
        }
        AtomicBoolean late = new AtomicBoolean();
        ScheduledFuture<?> deadline = watchdog.schedule(() -> {
            late.set(true);
            close(raw);
        }, settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 && declared <= max ? (int) declared : 16 * 1024);
            byte[] buf = new byte[16 * 1024];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                if (out.size() > max) {
                    throw new FetchException(FetchException.Kind.TOO_LARGE, response.statusCode(), uri
                            + " is larger than ingest.max.page.bytes (" + max + ")");
                }
            }
            return out.toByteArray();
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            if (late.get()) {
                throw new FetchException(FetchException.Kind.TIMEOUT, "the body of " + uri + " took longer than "
                        + settings.timeout().toMillis() + " ms (ingest.timeout)", e);
            }
            throw new FetchException(FetchException.Kind.NETWORK, "reading " + uri + ": " + e, e);
        } finally {
            deadline.cancel(false);
        }
    }

    private Timer timer(Purpose purpose) {
        return Timer.builder("brink.feed.fetch")
                .description("Time to fetch a feed, page or robots.txt (answer and body), per request")
                .tag("kind", purpose.name().toLowerCase(Locale.ROOT))
                .register(meters);
    }

    /** host:port, the unit of politeness and of robots.txt. */
    static String authority(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + (uri.getPort() >= 0 ? uri.getPort()
                : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing to stop a read; nothing more to do
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
