package io.brink.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The Grafana files are well-formed and provision as they are (their queries are checked by DashboardPrometheusIT). */
class DashboardJsonTest {

    final Map<String, JsonNode> dashboards = Dashboards.load();

    @Test
    void both_dashboards_parse_with_unique_stable_uids_and_a_current_schema() {
        assertThat(dashboards).containsOnlyKeys("brink-overview.json", "brink-pipeline.json");
        Set<String> uids = new HashSet<>();
        dashboards.forEach((file, d) -> {
            assertThat(d.path("uid").asText()).as(file + " uid").isEqualTo(file.replace(".json", ""));
            assertThat(uids.add(d.path("uid").asText())).as(file + " uid unique").isTrue();
            assertThat(d.path("title").asText()).as(file + " title").isNotBlank();
            assertThat(d.path("schemaVersion").asInt()).as(file + " schemaVersion").isGreaterThanOrEqualTo(39);
        });
    }

    @Test
    void every_panel_has_a_unique_id_a_title_and_the_datasource_variable() {
        dashboards.forEach((file, d) -> {
            Set<Integer> ids = new HashSet<>();
            for (JsonNode p : Dashboards.panels(d)) {
                String where = file + " panel " + p.path("id") + " '" + p.path("title").asText() + "'";
                assertThat(p.path("id").isInt()).as(where + " id").isTrue();
                assertThat(ids.add(p.path("id").asInt())).as(where + " id unique").isTrue();
                assertThat(p.path("title").asText()).as(where + " title").isNotBlank();
                assertThat(p.path("datasource").path("uid").asText()).as(where + " datasource").isEqualTo("${datasource}");
                if (!p.path("type").asText().equals("row")) {
                    assertThat(p.path("targets").size()).as(where + " targets").isPositive();
                }
                for (JsonNode t : p.path("targets")) {
                    assertThat(t.path("expr").asText()).as(where + " expr").isNotBlank();
                    assertThat(t.path("datasource").path("uid").asText()).as(where + " target datasource")
                            .isEqualTo("${datasource}");
                }
            }
        });
    }

    @Test
    void each_dashboard_declares_a_prometheus_datasource_variable() {
        dashboards.forEach((file, d) -> {
            List<String> datasourceVariables = new ArrayList<>();
            for (JsonNode v : d.path("templating").path("list")) {
                if (v.path("type").asText().equals("datasource") && v.path("query").asText().equals("prometheus")) {
                    datasourceVariables.add(v.path("name").asText());
                }
            }
            assertThat(datasourceVariables).as(file).containsExactly("datasource");
        });
    }

    @Test
    void the_provisioning_files_point_grafana_at_prometheus_and_the_dashboards_folder() throws IOException {
        assertThat(Files.readString(Path.of("grafana/provisioning/datasources/prometheus.yaml")))
                .contains("type: prometheus").contains("url: http://");
        assertThat(Files.readString(Path.of("grafana/provisioning/dashboards/brink.yaml")))
                .contains("type: file").contains("path: /var/lib/grafana/dashboards");
    }

    @Test
    void variables_are_substituted_and_an_unknown_one_is_reported() {
        assertThat(Dashboards.substitute("rate(x{pair=\"$pair\"}[$__rate_interval]) / ${__range}",
                Map.of("pair", "IRN-ISR", "__rate_interval", "30s", "__range", "5m")))
                .isEqualTo("rate(x{pair=\"IRN-ISR\"}[30s]) / 5m");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dashboards.substitute("$nope", Map.of()))
                .hasMessageContaining("$nope");
    }
}
