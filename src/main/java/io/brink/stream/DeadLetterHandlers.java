package io.brink.stream;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.api.Record;

import io.brink.model.BadInputException;

/**
 * Kafka's own dead-letter handlers (original bytes plus {@code __streams.errors.*} headers on the
 * DLQ topic, stream keeps running), with Brink's reason added as {@code brink.error.reason} and
 * {@code brink.error.message} and counted in metrics.
 *
 * <p>A dead letter always fits Kafka's default limits (1 MiB per request and per message), whatever
 * the news topic let in: a value longer than {@link #MAX_VALUE_BYTES} or a key longer than
 * {@link #MAX_KEY_BYTES} keeps only its first bytes, marked by {@code brink.error.truncated}, with
 * the original size and SHA-256 in headers; headers beyond {@link #MAX_HEADERS_BYTES} are dropped
 * the same way. The whole record stays on the news topic, at the
 * partition and offset the {@code __streams.errors.*} headers name. A dead letter Kafka refused
 * would stop Brink, and under exactly-once it would do so again on every retry.
 */
public final class DeadLetterHandlers {

    public static final String REASON_HEADER = "brink.error.reason";
    public static final String MESSAGE_HEADER = "brink.error.message";
    /** "value", "key" or "key,value": what was cut short. */
    public static final String TRUNCATED_HEADER = "brink.error.truncated";
    public static final String ORIGINAL_VALUE_BYTES_HEADER = "brink.error.original.value.bytes";
    public static final String ORIGINAL_VALUE_SHA256_HEADER = "brink.error.original.value.sha256";

    /** The reason of a record a processor failed on for no fault Brink can name in its input. */
    public static final String PROCESSING_ERROR = "PROCESSING_ERROR";
    /** Every reason a dead letter can carry: each {@link BadInputException.Reason}, and {@link #PROCESSING_ERROR}. */
    public static final List<String> REASONS = java.util.stream.Stream.concat(
            Arrays.stream(BadInputException.Reason.values()).map(Enum::name), java.util.stream.Stream.of(PROCESSING_ERROR))
            .toList();

    /** Room for the original value; with key and headers a dead letter stays well under 1 MiB. */
    public static final int MAX_VALUE_BYTES = 768 * 1024;
    public static final int MAX_KEY_BYTES = 16 * 1024;
    /** Longest header value kept (Kafka's stack trace, a parser's message quoting the input). */
    static final int MAX_HEADER_BYTES = 16 * 1024;
    /** Room for all headers together, the original record's own included. */
    static final int MAX_HEADERS_BYTES = 128 * 1024;

    private DeadLetterHandlers() {
    }

    /** For records that cannot be read: malformed JSON, missing text, oversize text. */
    public static final class Deserialization extends LogAndContinueExceptionHandler {
        @Override
        public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                                    ConsumerRecord<byte[], byte[]> record,
                                                                    Exception exception) {
            DeserializationExceptionHandler.Response response = super.handleError(context, record, exception);
            return DeserializationExceptionHandler.Response.resume(annotate(response.deadLetterQueueRecords(), exception));
        }
    }

    /** For records a processor could not handle: they go to the DLQ rather than stopping the app. */
    public static final class Processing extends LogAndContinueProcessingExceptionHandler {
        @Override
        public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                                                               Exception exception) {
            if (exception instanceof StreamsException) {
                // Kafka's own failure surfacing here, such as a send that failed for an earlier
                // record: not this record's fault, so it must not go to the DLQ in that one's place.
                return ProcessingExceptionHandler.Response.fail();
            }
            ProcessingExceptionHandler.Response response = super.handleError(context, record, exception);
            return ProcessingExceptionHandler.Response.resume(annotate(response.deadLetterQueueRecords(), exception));
        }
    }

    static String reason(Exception exception) {
        Throwable t = exception;
        while (t != null) {
            if (t instanceof BadInputException bad) {
                return bad.reason().name();
            }
            t = t.getCause();
        }
        return PROCESSING_ERROR;
    }

    private static List<ProducerRecord<byte[], byte[]>> annotate(List<ProducerRecord<byte[], byte[]>> records,
                                                                 Exception exception) {
        String reason = reason(exception);
        String message = String.valueOf(exception.getMessage());
        BrinkMetrics.deadLettered(reason);
        List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>(records.size());
        for (ProducerRecord<byte[], byte[]> r : records) {
            Headers headers = new RecordHeaders();
            headers.add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
            headers.add(MESSAGE_HEADER, prefix(message.getBytes(StandardCharsets.UTF_8), MAX_HEADER_BYTES));
            byte[] key = r.key();
            byte[] value = r.value();
            List<String> truncated = new ArrayList<>(3);
            if (key != null && key.length > MAX_KEY_BYTES) {
                truncated.add("key");
                key = prefix(key, MAX_KEY_BYTES);
            }
            int headerBytes = 0;
            for (Header h : r.headers()) {
                byte[] v = prefix(h.value(), MAX_HEADER_BYTES);
                headerBytes += h.key().length() + (v == null ? 0 : v.length);
                if (headerBytes > MAX_HEADERS_BYTES) {
                    truncated.add("headers");
                    break;
                }
                headers.add(h.key(), v);
            }
            if (value != null && value.length > MAX_VALUE_BYTES) {
                truncated.add("value");
                headers.add(ORIGINAL_VALUE_BYTES_HEADER, String.valueOf(value.length).getBytes(StandardCharsets.UTF_8));
                headers.add(ORIGINAL_VALUE_SHA256_HEADER, sha256(value).getBytes(StandardCharsets.UTF_8));
                value = prefix(value, MAX_VALUE_BYTES);
            }
            if (!truncated.isEmpty()) {
                headers.add(TRUNCATED_HEADER, String.join(",", truncated).getBytes(StandardCharsets.UTF_8));
            }
            out.add(new ProducerRecord<>(r.topic(), r.partition(), r.timestamp(), key, value, headers));
        }
        return out;
    }

    private static byte[] prefix(byte[] bytes, int max) {
        return bytes == null || bytes.length <= max ? bytes : Arrays.copyOf(bytes, max);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
