package io.brink.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

import io.brink.stream.BrinkConfig;

/** The configuration flags every command shares, applied last so they win over file and environment. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "A brink.properties file.")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Kafka brokers (overrides bootstrap.servers).")
    String bootstrapServers;

    @Option(names = "--set", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "Any setting, e.g. --set alert.min.index=20 --set kafka.linger.ms=5. Repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    /** Defaults → file → environment → flags. */
    BrinkConfig.Builder builder(Map<String, String> env) {
        return builder(env, Map.of(), "");
    }

    /** Defaults → {@code commandDefaults} (a command's own) → file → environment → flags. */
    BrinkConfig.Builder builder(Map<String, String> env, Map<String, String> commandDefaults, String command) {
        BrinkConfig.Builder b = BrinkConfig.builder();
        commandDefaults.forEach((k, v) -> b.put(k, v, command + " default"));
        if (configFile != null) {
            b.file(configFile);
        }
        b.environment(env);
        if (bootstrapServers != null) {
            b.put(BrinkConfig.BOOTSTRAP_SERVERS.name(), bootstrapServers, "--bootstrap-servers");
        }
        settings.forEach((k, v) -> b.put(k, v, "--set " + k));
        return b;
    }

    /**
     * For commands that bring their own broker (demo, replay, bench): the user's settings, then
     * the embedded broker, a temporary state folder and the command's own application id.
     */
    BrinkConfig.Builder embedded(String bootstrapServers, Path stateDir, String applicationId) {
        return embedded(bootstrapServers, stateDir, applicationId, Map.of());
    }

    /** As {@link #embedded(String, Path, String)}, with the command's own defaults under the user's settings. */
    BrinkConfig.Builder embedded(String bootstrapServers, Path stateDir, String applicationId,
                                 Map<String, String> commandDefaults) {
        return builder(System.getenv(), commandDefaults, applicationId)
                .put(BrinkConfig.BOOTSTRAP_SERVERS.name(), bootstrapServers, applicationId)
                .put(BrinkConfig.STATE_DIR.name(), stateDir.toString(), applicationId)
                .put(BrinkConfig.APPLICATION_ID.name(), applicationId, applicationId);
    }

    BrinkConfig load() {
        return builder(System.getenv()).build();
    }
}
