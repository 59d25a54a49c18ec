package io.brink.stream;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;

/**
 * Checks, before Kafka Streams starts, that Brink can reach Kafka and that Kafka accepts its
 * credentials, so that a wrong password or an unreachable cluster stops {@code brink run} at once
 * with a message that says so, instead of stream threads retrying or dying without one. Messages
 * name the security protocol and SASL mechanism in use, never a secret.
 */
public final class KafkaAccess {

    /** Why Brink cannot use the Kafka cluster it was given. */
    public static final class KafkaAccessException extends RuntimeException {
        KafkaAccessException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final long TIMEOUT_MS = 30_000;

    private KafkaAccess() {
    }

    /** Asks the cluster to describe itself; throws {@link KafkaAccessException} when it cannot or will not. */
    public static void check(Map<String, Object> clientProperties) {
        String where = "Kafka at " + clientProperties.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG) + " ("
                + CommonClientConfigs.SECURITY_PROTOCOL_CONFIG + "="
                + clientProperties.getOrDefault(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT")
                + (clientProperties.containsKey(SaslConfigs.SASL_MECHANISM)
                        ? ", " + SaslConfigs.SASL_MECHANISM + "=" + clientProperties.get(SaslConfigs.SASL_MECHANISM) : "")
                + ")";
        try (Admin admin = Admin.create(clientProperties)) {
            admin.describeCluster().nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AuthenticationException) {
                throw new KafkaAccessException(where + " rejected Brink's credentials: authentication failed: "
                        + cause.getMessage() + " (check kafka.sasl.jaas.config / KAFKA_SASL_JAAS_CONFIG, or the"
                        + " TLS key and trust stores)", cause);
            }
            if (cause instanceof AuthorizationException) {
                throw new KafkaAccessException(where + " authenticated Brink but does not authorize it: "
                        + cause.getMessage(), cause);
            }
            throw new KafkaAccessException(where + " failed: " + cause, cause);
        } catch (TimeoutException e) {
            throw new KafkaAccessException(where + " did not answer within " + TIMEOUT_MS / 1000 + " s: is it"
                    + " reachable, and does its listener expect this security protocol?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaAccessException("interrupted while connecting to " + where, e);
        }
    }
}
