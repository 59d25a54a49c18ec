package io.brink.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.brink.stream.BrinkConfig;

/**
 * docker/Dockerfile read as instructions, without a Docker engine: two stages, a non-root user,
 * a HEALTHCHECK on /health/live, the state folder as a VOLUME that BRINK_STATE_DIR points at, and
 * settings Brink accepts. Building and running the image needs Docker and is not done here.
 */
class DockerfileTest {

    static final Path DOCKERFILE = DeployFiles.path("docker/Dockerfile");
    static final List<Instruction> INSTRUCTIONS = parse(DeployFiles.read(DOCKERFILE));

    record Instruction(String keyword, String args) {
    }

    @Test
    void it_builds_the_jar_in_a_maven_stage_and_runs_it_on_a_jre() {
        List<Instruction> from = all("FROM");
        assertThat(from).hasSize(2);
        assertThat(from.get(0).args()).isEqualTo("maven:3.9-eclipse-temurin-17 AS build");
        assertThat(from.get(1).args()).isEqualTo("eclipse-temurin:17-jre");
        assertThat(all("RUN")).anySatisfy(r -> assertThat(r.args()).contains("mvn -B -q package -DskipTests"));
        assertThat(all("COPY")).anySatisfy(c -> assertThat(c.args())
                .isEqualTo("--from=build /src/target/brink.jar /app/brink.jar"));
    }

    @Test
    void it_runs_as_a_numeric_non_root_user() {
        List<Instruction> users = runtime("USER");
        assertThat(users).isNotEmpty();
        String user = users.get(users.size() - 1).args().split(":")[0];
        assertThat(user).isNotIn("root", "0").matches("[1-9][0-9]*");
        // The user exists in the image and owns the state folder.
        assertThat(runtime("RUN")).anySatisfy(r -> assertThat(r.args())
                .contains("useradd").contains("--uid " + user).contains("chown " + user + ":"));
    }

    @Test
    void it_checks_its_health_on_health_live() {
        List<Instruction> checks = runtime("HEALTHCHECK");
        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).args()).contains("CMD").contains("/health/live")
                .contains("${BRINK_HTTP_PORT:-" + BrinkConfig.HTTP_PORT.defaultValue() + "}");
        // The tool it calls is installed in the runtime stage.
        assertThat(runtime("RUN")).anySatisfy(r -> assertThat(r.args()).contains("install").contains("curl"));
        assertThat(checks.get(0).args()).contains("curl");
    }

    @Test
    void the_state_folder_is_a_volume_and_brinks_state_dir() {
        Map<String, String> env = env();
        assertThat(env).containsEntry("BRINK_STATE_DIR", "/var/lib/brink").containsEntry("BRINK_HTTP_HOST", "0.0.0.0");
        assertThat(runtime("VOLUME")).anySatisfy(v -> assertThat(v.args()).contains("\"/var/lib/brink\""));
        // VOLUME after the chown: a fresh volume starts owned by the non-root user.
        int volume = INSTRUCTIONS.indexOf(runtime("VOLUME").get(0));
        int chown = INSTRUCTIONS.indexOf(runtime("RUN").stream().filter(r -> r.args().contains("chown")).findFirst()
                .orElseThrow());
        assertThat(volume).isGreaterThan(chown);

        BrinkConfig config = BrinkConfig.builder().environment(env).build();
        assertThat(config.get(BrinkConfig.STATE_DIR)).isEqualTo("/var/lib/brink");
        assertThat(config.get(BrinkConfig.HTTP_HOST)).isEqualTo("0.0.0.0");
        assertThat(config.get(BrinkConfig.HTTP_PORT)).isEqualTo(BrinkConfig.HTTP_PORT.defaultValue());
    }

    @Test
    void it_exposes_brinks_port_and_runs_brink_with_container_aware_jvm_flags() {
        assertThat(runtime("EXPOSE")).extracting(Instruction::args).containsExactly(BrinkConfig.HTTP_PORT.defaultValue());
        String entrypoint = runtime("ENTRYPOINT").get(0).args();
        assertThat(entrypoint).startsWith("[\"java\"").contains("\"-XX:MaxRAMPercentage=")
                .contains("\"-XX:+ExitOnOutOfMemoryError\"").endsWith("\"-jar\", \"/app/brink.jar\"]");
        assertThat(runtime("CMD")).extracting(Instruction::args).containsExactly("[\"run\"]");
    }

    @Test
    void the_build_context_keeps_only_the_pom_and_the_main_sources() {
        List<String> rules = DeployFiles.read(DeployFiles.path(".dockerignore")).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(rules).containsExactly("*", "!pom.xml", "!src/main/");
        // What the build stage copies is what the context keeps.
        assertThat(all("COPY")).filteredOn(c -> !c.args().startsWith("--from")).extracting(Instruction::args)
                .containsExactly("pom.xml ./", "src ./src");
    }

    // ---- a small Dockerfile reader ----

    /** Instructions with continuation lines joined and comments dropped. */
    static List<Instruction> parse(String text) {
        List<Instruction> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && current.isEmpty())) {
                continue;
            }
            boolean continued = line.endsWith("\\");
            current.append(continued ? line.substring(0, line.length() - 1).strip() : line).append(' ');
            if (!continued) {
                String joined = current.toString().strip();
                int space = joined.indexOf(' ');
                out.add(new Instruction(joined.substring(0, space).toUpperCase(Locale.ROOT),
                        joined.substring(space + 1).strip().replaceAll("\\s+", " ")));
                current.setLength(0);
            }
        }
        return out;
    }

    static List<Instruction> all(String keyword) {
        return INSTRUCTIONS.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    /** Instructions of the last stage: what the image runs with. */
    static List<Instruction> runtime(String keyword) {
        int lastFrom = INSTRUCTIONS.lastIndexOf(all("FROM").get(all("FROM").size() - 1));
        return INSTRUCTIONS.subList(lastFrom, INSTRUCTIONS.size()).stream()
                .filter(i -> i.keyword().equals(keyword)).toList();
    }

    /** ENV of the runtime stage, from "K=V K2=V2" forms. */
    static Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        Matcher m = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S+)").matcher("");
        for (Instruction i : runtime("ENV")) {
            m.reset(i.args());
            while (m.find()) {
                env.put(m.group(1), m.group(2).replace("\"", ""));
            }
        }
        return env;
    }
}
