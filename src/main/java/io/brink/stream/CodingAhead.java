package io.brink.stream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.serialization.Deserializer;

import io.brink.coding.LanguageGate;
import io.brink.model.Article;

/**
 * Codes news articles on spare cores while they wait in Kafka Streams' input buffer, so that the
 * stream thread, when it reaches an article, finds its events ready. Coding is most of the stream
 * thread's work, and one stream thread keeps one core busy; this puts the others to use without a
 * second stream thread, its own producer and its own transactions.
 *
 * <p>Why it is safe under exactly-once: coding is a pure function of the article, and the stream
 * thread still forwards the events from inside {@code process()}, in input order, in the same
 * transaction as before. Nothing is produced or committed here. Work ahead that is never used
 * (its partition moved to another instance, or it fell out of the bounded backlog) is dropped;
 * an article with no finished work is coded on the stream thread, as it is with no workers.
 * Work is matched to its record by partition and offset and then checked against the article the
 * stream thread read, so it can only be used for the very same article.
 */
public final class CodingAhead implements AutoCloseable {

    /** Articles waiting or coded ahead, at most: a few polls' worth of Kafka Streams' buffer. */
    static final int BACKLOG = 5_000;

    /** How one record's work came out for the stream thread, counted in {@code brink_coder_ahead_total}. */
    enum Outcome {
        READY, WAITED, INLINE;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final LanguageGate coder;
    private final Deserializer<Article> articles;
    private final String topic;
    private final ConcurrentHashMap<Position, Job> jobs = new ConcurrentHashMap<>();
    /** The same jobs by the very bytes of their record, for the source's deserializer. */
    private final ConcurrentHashMap<Identity, Job> byBytes = new ConcurrentHashMap<>();
    /** Every job in the order offered, for eviction of the oldest (guarded by {@code this}). */
    private final ArrayDeque<Job> offered = new ArrayDeque<>();
    private final LinkedBlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean closed;

    /**
     * @param coder    the coder the stream thread would use, behind its language gate
     * @param articles reads a news record exactly as the stream's source does (it must be thread-safe)
     * @param topic    the news topic; records of other topics are left alone
     * @param threads  worker threads; 0 codes everything on the stream thread
     */
    public CodingAhead(LanguageGate coder, Deserializer<Article> articles, String topic, int threads) {
        this.coder = coder;
        this.articles = articles;
        this.topic = topic;
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::work, "brink-coder-ahead-" + (i + 1));
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /** No workers: every article is coded on the stream thread (tests without a consumer, one core). */
    public static CodingAhead inline(LanguageGate coder) {
        return new CodingAhead(coder, null, null, 0);
    }

    /** Worker threads for {@code coder.threads}: −1 means one fewer than the cores. */
    public static int threads(int configured) {
        return configured >= 0 ? configured : Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
    }

    public int threads() {
        return workers.size();
    }

    /** Called with every poll of a stream thread's consumer: queues the news articles, oldest first. */
    public void offer(ConsumerRecords<byte[], byte[]> records) {
        if (workers.isEmpty() || closed || records.isEmpty()) {
            return;
        }
        List<ConsumerRecord<byte[], byte[]>> news = new ArrayList<>();
        records.records(topic).forEach(news::add);
        // Kafka Streams takes the record with the lowest timestamp across its partitions next.
        news.sort(Comparator.comparingLong(ConsumerRecord::timestamp));
        synchronized (this) {
            for (ConsumerRecord<byte[], byte[]> r : news) {
                Job job = new Job(new Position(r.partition(), r.offset()), r.value());
                Job replaced = jobs.put(job.position, job);
                if (replaced != null) {
                    forget(replaced);
                }
                byBytes.put(new Identity(job.bytes), job);
                offered.add(job);
                queue.add(job);
            }
            while (offered.size() > BACKLOG) {
                Job oldest = offered.poll();
                jobs.remove(oldest.position, oldest);
                forget(oldest);
            }
        }
    }

    /** Drops a job that will not be used: a worker skips it, and its bytes can go. */
    private void forget(Job job) {
        job.cancel();
        byte[] bytes = job.bytes;
        if (bytes != null) {
            byBytes.remove(new Identity(bytes), job);
            job.bytes = null;
        }
    }

    /**
     * The source's deserializer for news: the article a worker has already read from these very
     * bytes when there is one (reading it is a good part of the stream thread's share of the work),
     * else {@code reader}'s reading, which also raises the errors that send bad input to the DLQ.
     */
    public Deserializer<Article> deserializer(Deserializer<Article> reader) {
        return new Deserializer<>() {
            @Override
            public Article deserialize(String topic, byte[] data) {
                Job job = data == null || workers.isEmpty() ? null : byBytes.remove(new Identity(data));
                Article read = job == null ? null : job.readArticle();
                return read != null ? read : reader.deserialize(topic, data);
            }

            @Override
            public Article deserialize(String topic, org.apache.kafka.common.header.Headers headers, byte[] data) {
                return deserialize(topic, data);
            }
        };
    }

    /**
     * The language and events of the news record at {@code partition}/{@code offset}, which the
     * stream thread read as {@code article}: the work done ahead when it matches, else coded here
     * and now. Detecting the language is part of the work.
     */
    public LanguageGate.Coded code(int partition, long offset, Article article) {
        Job job = workers.isEmpty() ? null : jobs.remove(new Position(partition, offset));
        if (job != null) {
            boolean waited = !job.isDone();
            // A worker is coding this one: code the next waiting article meanwhile, rather than
            // idle, so the stream thread does its share of the coding when the workers fall behind.
            while (job.isRunning()) {
                Job next = queue.poll();
                if (next == null) {
                    break;
                }
                run(next);
            }
            LanguageGate.Coded events = job.take(article);
            forget(job);
            if (events != null) {
                BrinkMetrics.codedAhead(waited ? Outcome.WAITED : Outcome.READY);
                return events;
            }
        }
        BrinkMetrics.codedAhead(Outcome.INLINE);
        return BrinkMetrics.code(coder, article);
    }

    /** True when a worker has finished the record at {@code partition}/{@code offset} and it waits to be taken. */
    boolean isCoded(int partition, long offset) {
        Job job = jobs.get(new Position(partition, offset));
        return job != null && job.isDone();
    }

    /** Records offered and not yet evicted (taken ones included until they are pushed out). */
    synchronized int backlog() {
        return offered.size();
    }

    private void work() {
        while (!closed) {
            Job job;
            try {
                job = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            run(job);
        }
    }

    /** Codes {@code job} unless someone else has claimed it. */
    private void run(Job job) {
        if (!job.claim()) {
            return;
        }
        Article article = null;
        LanguageGate.Coded events = null;
        try {
            article = articles.deserialize(topic, job.bytes);
            Article read = article;
            events = BrinkMetrics.code(coder, read);
        } catch (RuntimeException e) {
            // Bad input or a coder failure: the stream thread meets it again on its own path,
            // where the dead-letter handlers record it.
            article = null;
        }
        job.finish(article, events);
    }

    @Override
    public void close() {
        closed = true;
        workers.forEach(Thread::interrupt);
        for (Thread t : workers) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        synchronized (this) {
            offered.clear();
            jobs.clear();
            byBytes.clear();
            queue.clear();
        }
    }

    private record Position(int partition, long offset) {
    }

    /** A record's value bytes by identity: the consumer hands the same array to the deserializer. */
    private record Identity(byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.bytes == bytes;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(bytes);
        }
    }

    /** One record's work: claimed by whoever gets to it first, a worker or the stream thread. */
    private static final class Job {
        private static final int NEW = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;
        private static final int CANCELLED = 3;

        final Position position;
        /** The record's value until the job is forgotten (read once by whoever claims the job). */
        volatile byte[] bytes;
        private final AtomicInteger state = new AtomicInteger(NEW);
        private Article article;
        private LanguageGate.Coded events;

        Job(Position position, byte[] bytes) {
            this.position = position;
            this.bytes = bytes;
        }

        boolean claim() {
            return state.compareAndSet(NEW, RUNNING);
        }

        void cancel() {
            state.compareAndSet(NEW, CANCELLED);
        }

        boolean isDone() {
            return state.get() == DONE;
        }

        /** The article a worker read, when it has finished; null otherwise (the caller reads it itself). */
        synchronized Article readArticle() {
            return state.get() == DONE ? article : null;
        }

        boolean isRunning() {
            return state.get() == RUNNING;
        }

        synchronized void finish(Article article, LanguageGate.Coded events) {
            this.article = article;
            this.events = events;
            state.set(DONE);
            notifyAll();
        }

        /**
         * The events coded ahead for {@code read}, waiting for a worker that is coding it now; null
         * when no worker has started (the stream thread codes it itself) or the work is for other bytes.
         */
        synchronized LanguageGate.Coded take(Article read) {
            if (state.compareAndSet(NEW, CANCELLED)) {
                return null;
            }
            boolean interrupted = false;
            while (state.get() == RUNNING) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return state.get() == DONE && events != null && read.equals(article) ? events : null;
        }
    }
}
