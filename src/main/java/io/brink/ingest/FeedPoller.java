package io.brink.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import io.brink.model.Article;
import io.brink.model.ArticleParser;
import io.brink.model.BadInputException;
import io.brink.model.Json;

/**
 * One poll of every feed: each feed is fetched (conditionally) and read, each new item's page is
 * fetched, reduced to its story and sent as an article whose id is the hash of its canonical
 * address, each story once whichever feeds and polls carry it ({@link SeenIds}). Feeds are polled
 * in parallel ({@code ingest.threads}); a feed that fails is retried within the poll with growing
 * waits, then reported, and sits out a growing number of later polls while it keeps failing; the
 * other feeds go on.
 */
public final class FeedPoller implements AutoCloseable {

    /** What became of one item. */
    public enum ItemResult { SENT, DUPLICATE, FAILED, DISALLOWED, EMPTY, REJECTED }

    /** What became of one feed in one poll. */
    public enum PollResult { OK, NOT_MODIFIED, FAILED, BACKING_OFF }

    /** One feed's poll: its outcome, attempts, the error of a failure, and its items by result. */
    public record FeedReport(URI feed, PollResult result, int attempts, String error, Map<ItemResult, Integer> items,
                             double seconds) {

        public int count(ItemResult r) {
            return items.getOrDefault(r, 0);
        }
    }

    /** A whole poll. */
    public record PollReport(List<FeedReport> feeds, double seconds) {

        public long feeds(PollResult r) {
            return feeds.stream().filter(f -> f.result() == r).count();
        }

        public int items(ItemResult r) {
            return feeds.stream().mapToInt(f -> f.count(r)).sum();
        }

        public int items() {
            return feeds.stream().mapToInt(f -> f.items().values().stream().mapToInt(Integer::intValue).sum()).sum();
        }

        /** True when any feed failed, or any item could not be fetched or sent. */
        public boolean anyFailed() {
            return feeds(PollResult.FAILED) > 0 || items(ItemResult.FAILED) > 0;
        }
    }

    /** Told of each feed as its poll ends, and of each item that failed. */
    public interface Listener {
        void feedDone(FeedReport report);

        default void itemProblem(URI feed, URI item, ItemResult result, String why) {
        }
    }

    /** How many later polls a feed sits out after failing this many polls in a row: 0, 1, 3, 7, 7, … */
    static int pollsToSkip(int failuresInARow) {
        return failuresInARow <= 1 ? 0 : Math.min(7, (1 << Math.min(failuresInARow - 1, 3)) - 1);
    }

    private static final class Health {
        int failures;
        int skip;
    }

    private final IngestSettings settings;
    private final Fetcher fetcher;
    private final SeenIds seen;
    private final ArticleSink sink;
    private final ArticleParser parser;
    private final ExecutorService pool;
    private final Map<URI, Health> health = new ConcurrentHashMap<>();
    private final Map<PollResult, Counter> polls = new EnumMap<>(PollResult.class);
    private final Map<ItemResult, Counter> items = new EnumMap<>(ItemResult.class);

    public FeedPoller(IngestSettings settings, Fetcher fetcher, SeenIds seen, ArticleSink sink, MeterRegistry meters,
                      int maxTextBytes) {
        this.settings = settings;
        this.fetcher = fetcher;
        this.seen = seen;
        this.sink = sink;
        this.parser = new ArticleParser(maxTextBytes);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "brink-ingest-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (PollResult r : PollResult.values()) {
            polls.put(r, Counter.builder("brink.feed.polls").description("Feed polls, by result")
                    .tag("result", r.name().toLowerCase(Locale.ROOT)).register(meters));
        }
        for (ItemResult r : ItemResult.values()) {
            items.put(r, Counter.builder("brink.feed.items").description("Feed items, by what became of them")
                    .tag("result", r.name().toLowerCase(Locale.ROOT)).register(meters));
        }
    }

    /** Polls every feed once; returns when all are done. */
    public PollReport poll(List<URI> feeds, Listener listener) throws InterruptedException {
        long start = System.nanoTime();
        List<Future<FeedReport>> running = new ArrayList<>();
        for (URI feed : feeds) {
            running.add(pool.submit(() -> {
                FeedReport r = pollFeed(feed, listener);
                polls.get(r.result()).increment();
                listener.feedDone(r);
                return r;
            }));
        }
        List<FeedReport> reports = new ArrayList<>();
        for (Future<FeedReport> f : running) {
            try {
                reports.add(f.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("polling a feed failed unexpectedly", e.getCause());
            }
        }
        return new PollReport(reports, (System.nanoTime() - start) / 1e9);
    }

    private FeedReport pollFeed(URI feed, Listener listener) throws InterruptedException {
        long start = System.nanoTime();
        Map<ItemResult, Integer> counts = new EnumMap<>(ItemResult.class);
        Health h = health.computeIfAbsent(feed, f -> new Health());
        synchronized (h) {
            if (h.skip > 0) {
                h.skip--;
                return new FeedReport(feed, PollResult.BACKING_OFF, 0, "failed " + h.failures + " polls in a row",
                        counts, 0);
            }
        }
        int attempts = 0;
        FeedReader.Feed parsed = null;
        FetchException error = null;
        boolean notModified = false;
        while (parsed == null && !notModified) {
            attempts++;
            try {
                Fetcher.Response r = fetcher.get(feed, Fetcher.Purpose.FEED);
                if (r.notModified()) {
                    notModified = true;
                } else {
                    parsed = FeedReader.read(r.body(), r.contentType(), r.uri());
                }
            } catch (FetchException e) {
                error = e;
                if (!e.retriable() || attempts > settings.retries()) {
                    break;
                }
                Thread.sleep(settings.retryBackoff().toMillis() << (attempts - 1));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (parsed == null && !notModified) {
            synchronized (h) {
                h.failures++;
                h.skip = pollsToSkip(h.failures);
            }
            return new FeedReport(feed, PollResult.FAILED, attempts, error.getMessage(), counts, seconds);
        }
        synchronized (h) {
            h.failures = 0;
        }
        if (notModified) {
            return new FeedReport(feed, PollResult.NOT_MODIFIED, attempts, null, counts, seconds);
        }
        for (FeedReader.Item item : parsed.items()) {
            ItemResult result = item(feed, item, parsed.language(), listener);
            counts.merge(result, 1, Integer::sum);
            items.get(result).increment();
        }
        return new FeedReport(feed, PollResult.OK, attempts, null, counts, (System.nanoTime() - start) / 1e9);
    }

    private ItemResult item(URI feed, FeedReader.Item item, String feedLanguage, Listener listener)
            throws InterruptedException {
        URI link = CanonicalUrl.of(item.link());
        String linkId = CanonicalUrl.id(link);
        if (!seen.claim(linkId)) {
            return ItemResult.DUPLICATE;
        }
        List<String> claims = new ArrayList<>(List.of(linkId));
        try {
            Fetcher.Response page;
            try {
                page = fetchPage(item.link());
            } catch (FetchException e) {
                ItemResult r = e.kind() == FetchException.Kind.ROBOTS_DISALLOWED ? ItemResult.DISALLOWED : ItemResult.FAILED;
                listener.itemProblem(feed, item.link(), r, e.getMessage());
                if (r == ItemResult.DISALLOWED) {
                    remember(claims);
                }
                return r;
            }
            if (!isHtml(page.contentType())) {
                listener.itemProblem(feed, item.link(), ItemResult.EMPTY, page.uri() + " is " + page.contentType()
                        + ", not a web page");
                remember(claims);
                return ItemResult.EMPTY;
            }
            PageExtractor.Page extracted = PageExtractor.extract(page.body(), page.charset().orElse(null), page.uri());
            URI canonical = CanonicalUrl.of(extracted.canonical() != null ? extracted.canonical() : page.uri());
            String id = CanonicalUrl.id(canonical);
            if (!id.equals(linkId)) {
                if (!seen.claim(id)) {
                    remember(claims);
                    return ItemResult.DUPLICATE;
                }
                claims.add(id);
            }
            if (extracted.text().isBlank()) {
                listener.itemProblem(feed, item.link(), ItemResult.EMPTY, "no story text found on " + page.uri());
                remember(claims);
                return ItemResult.EMPTY;
            }
            Article article = new Article(id, canonical.toString(), site(canonical),
                    item.published() != null ? item.published() : extracted.published(),
                    item.title() != null ? item.title() : extracted.title(), extracted.text(),
                    extracted.language() != null ? extracted.language() : PageExtractor.primaryLanguage(feedLanguage));
            try {
                parser.parse(Json.MAPPER.writeValueAsBytes(article));
            } catch (BadInputException e) {
                listener.itemProblem(feed, item.link(), ItemResult.REJECTED, e.getMessage());
                remember(claims);
                return ItemResult.REJECTED;
            }
            try {
                sink.send(article).toCompletableFuture().join();
            } catch (CompletionException e) {
                listener.itemProblem(feed, item.link(), ItemResult.FAILED, "send failed: " + e.getCause());
                return ItemResult.FAILED;
            }
            remember(claims);
            return ItemResult.SENT;
        } catch (IOException e) {
            listener.itemProblem(feed, item.link(), ItemResult.FAILED, e.toString());
            return ItemResult.FAILED;
        } finally {
            seen.release(claims.toArray(String[]::new));
        }
    }

    /**
     * A story's page, asked for a second time at once when the first answer failed in a way
     * another attempt may mend: a kept-alive connection the server had just closed ("closed"), a
     * 5xx, a timeout. A page is not retried with backoff as a feed is; it is asked again at the
     * next poll while its feed lists it.
     */
    private Fetcher.Response fetchPage(URI uri) throws FetchException, InterruptedException {
        try {
            return fetcher.get(uri, Fetcher.Purpose.PAGE);
        } catch (FetchException e) {
            if (!e.retriable()) {
                throw e;
            }
            return fetcher.get(uri, Fetcher.Purpose.PAGE);
        }
    }

    /** Marks the story as done for good, whether sent or not worth sending. */
    private void remember(List<String> ids) {
        try {
            seen.commit(ids.toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + seen.file(), e);
        }
    }

    /** True for HTML and XHTML, and when the server does not say (a page is tried as HTML then). */
    static boolean isHtml(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.contains("html") || t.startsWith("text/plain");
    }

    /** The outlet: the host without "www.". */
    static String site(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
