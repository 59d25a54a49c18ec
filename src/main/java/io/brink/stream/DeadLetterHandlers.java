package io.brink.stream;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

import io.brink.model.BadInputException;

/**
 * Kafka's own dead-letter handlers (original bytes plus {@code __streams.errors.*} headers on the
 * DLQ topic, stream keeps running), with Brink's reason added as {@code brink.error.reason} and
 * {@code brink.error.message} and counted in metrics.
 */
public final class DeadLetterHandlers {

    public static final String REASON_HEADER = "brink.error.reason";
    public static final String MESSAGE_HEADER = "brink.error.message";

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
        return "PROCESSING_ERROR";
    }

    private static List<ProducerRecord<byte[], byte[]>> annotate(List<ProducerRecord<byte[], byte[]>> records,
                                                                 Exception exception) {
        String reason = reason(exception);
        String message = String.valueOf(exception.getMessage());
        BrinkMetrics.deadLettered(reason);
        for (ProducerRecord<byte[], byte[]> r : records) {
            r.headers().add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
            r.headers().add(MESSAGE_HEADER, message.getBytes(StandardCharsets.UTF_8));
        }
        return records;
    }
}
