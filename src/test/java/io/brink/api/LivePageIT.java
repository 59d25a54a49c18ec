package io.brink.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.brink.embedded.EmbeddedKafka;
import io.brink.model.Json;
import io.brink.stream.BrinkConfig;
import io.brink.stream.BrinkService;

/**
 * The live page in a real browser (Debian's chromium, headless, through its chromedriver) against a
 * real Brink on the embedded broker fed with the sample feed, with {@code api.token} set: the token
 * prompt appears and the token is kept for the session; the pairs table fills; a new alert appears
 * without a reload while the feed goes on; selecting it shows its evidence with links to the
 * articles; a pair is selected from the keyboard and its deep link restores the view on reload;
 * the ranking switches and the country filter narrows the pairs; the page fits a phone's width;
 * and the browser's console holds no error beyond the one 401 that asks for the token. Prints
 * first paint and how long an alert took from {@code brink.alerts} to the page; writes a
 * screenshot to {@code target/live-page.png} (and {@code live-page-phone.png}). Skips where chromium
 * or chromedriver is missing ({@code .ci/run} installs them; {@code -Dbrink.chromium=PATH} and
 * {@code -Dbrink.chromedriver=PATH} point elsewhere).
 */
class LivePageIT {

    static final String FEED = "io/brink/demo/sample-feed.jsonl";
    static final String TOKEN = "live-page-token";
    static final Path CHROMIUM = Path.of(System.getProperty("brink.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("brink.chromedriver", "/usr/bin/chromedriver"));
    /** Articles sent before the page opens; the rest follow while it watches. */
    static final int FIRST_PART = 150;
    static final double RATE = 80;

    @TempDir
    Path state;

    @Test
    void the_live_page_shows_pairs_and_alerts_live_with_evidence_deep_links_and_the_token_prompt() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "LivePageIT skipped: needs chromium at " + CHROMIUM + " and chromedriver at " + CHROMEDRIVER
                        + " (Debian: apt-get install chromium chromium-driver; .ci/run installs them)");
        List<String> feed = feed();
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            int port = ApiClient.freePort();
            BrinkConfig config = BrinkConfig.builder()
                    .put("bootstrap.servers", kafka.bootstrapServers())
                    .put("state.dir", state.toString())
                    // A stream that begins with its crisis, as a deployment that has watched its pairs sees it.
                    .put("alert.cold.windows", "0")
                    .put("application.id", "brink-live-page-it")
                    .put("topic.partitions", "2")
                    .put("http.port", String.valueOf(port))
                    .put("api.token", TOKEN)
                    .build();
            try (BrinkService service = new BrinkService(config);
                 HttpApi http = HttpApi.start(service, "127.0.0.1", port);
                 AlertClock clock = new AlertClock(kafka.bootstrapServers(), config.topics().alerts().name())) {
                service.start();
                service.awaitRunning(Duration.ofSeconds(90));
                StreamClock stream = new StreamClock(port);
                ApiClient api = new ApiClient(port, TOKEN);
                send(kafka, config, feed.subList(0, FIRST_PART), 0);
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    ApiClient.Answer a = api.get("/api/alerts");
                    return a.status() == 200 && a.json().size() >= 1;
                });
                Set<String> alertsBefore = ids(api.get("/api/alerts?limit=1000").json());

                ChromeDriver browser = browser();
                try {
                    check(browser, "http://127.0.0.1:" + port + "/", kafka, config, feed, api, alertsBefore, clock, stream);
                } finally {
                    browser.quit();
                    stream.close();
                }
            }
        }
    }

    private void check(ChromeDriver browser, String url, EmbeddedKafka kafka, BrinkConfig config, List<String> feed,
                       ApiClient api, Set<String> alertsBefore, AlertClock clock, StreamClock stream) throws Exception {
        // The page redraws its lists as data arrives: an element found a moment ago may be replaced.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        JavascriptExecutor js = browser;
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(url);

        // 1. The token prompt, once; the 401 that raised it is the console's only error.
        WebElement dialog = wait.until(d -> {
            WebElement e = d.findElement(By.id("token-dialog"));
            return e.getAttribute("open") != null ? e : null;
        });
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the token field has the focus")
                .isEqualTo("token-input");
        dialog.findElement(By.id("token-input")).sendKeys(TOKEN, Keys.ENTER);
        wait.until(d -> d.findElement(By.id("token-dialog")).getAttribute("open") == null);
        List<String> early = errors(browser);
        assertThat(early).as("console errors before the token was given").allSatisfy(e -> assertThat(e).contains("401"));

        // 2. The pairs table fills, with names and sparklines; the alerts list has the alerts so far.
        wait.until(d -> d.findElements(By.cssSelector("#pairs-table tbody tr")).size() >= 5
                && d.findElements(By.cssSelector("#pairs-table td.spark-cell svg")).size() >= 5);
        String firstRow = wait.until(d -> d.findElement(By.cssSelector("#pairs-table tbody tr")).getText());
        assertThat(firstRow).contains(" and ");
        wait.until(d -> d.findElements(By.cssSelector("#alert-list li")).size() >= alertsBefore.size());
        Map<String, Object> paint = timings(js);
        js.executeScript("window.__sameDocument = 'yes';");

        // 3. The rest of the feed: a new alert appears without a reload.
        long fedAt = System.currentTimeMillis();
        send(kafka, config, feed.subList(FIRST_PART, feed.size()), RATE);
        String newAlert = wait.withTimeout(Duration.ofSeconds(60)).until(d -> d.findElements(By.cssSelector("#alert-list li"))
                .stream().map(li -> li.getAttribute("data-alert")).filter(id -> !alertsBefore.contains(id))
                .findFirst().orElse(null));
        assertThat(js.executeScript("return window.__sameDocument;")).as("no reload").isEqualTo("yes");
        // The last alerts of the feed have time to arrive; then when each reached this page (before any reload).
        Thread.sleep(3_000);
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) js.executeScript("return window.brinkSeen;");
        Object streamLog = js.executeScript("return JSON.stringify(window.brinkStreamLog);");
        String freshClass = wait.until(d -> d.findElement(By.cssSelector("#alert-list li[data-alert='" + newAlert + "']"))
                .getAttribute("class"));
        assertThat(freshClass).contains("fresh");

        // 4. Selecting it shows its evidence, with links to the articles.
        wait.until(d -> {
            d.findElement(By.cssSelector("#alert-list button[data-alert='" + newAlert + "']")).click();
            return true;
        });
        wait.until(d -> d.findElement(By.id("detail")).isDisplayed()
                && !d.findElements(By.cssSelector("#alert-evidence li a")).isEmpty()
                && !d.findElements(By.cssSelector("#evidence li")).isEmpty());
        assertThat(browser.getCurrentUrl()).endsWith("#alert=" + newAlert);
        JsonNode alert = null;
        for (JsonNode a : api.get("/api/alerts?limit=1000").json()) {
            if (a.path("id").asText().equals(newAlert)) {
                alert = a;
            }
        }
        assertThat(alert).isNotNull();
        Set<String> urls = new java.util.HashSet<>();
        alert.path("evidence").forEach(e -> urls.add(e.path("url").asText()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> links = (List<Map<String, Object>>) js.executeScript(
                "return [...document.querySelectorAll('#alert-evidence li a')].map(a => "
                        + "({href: a.href, rel: a.rel, target: a.target, text: a.textContent}));");
        assertThat(links).isNotEmpty();
        for (Map<String, Object> link : links) {
            assertThat(urls).as("an evidence link").contains((String) link.get("href"));
            assertThat((String) link.get("rel")).contains("noopener");
            assertThat((String) link.get("target")).isEqualTo("_blank");
            assertThat((String) link.get("text")).isNotBlank();
        }
        String firstSentence = alert.path("evidence").path(0).path("sentence").asText();
        assertThat((String) js.executeScript("return document.getElementById('alert-evidence').textContent;"))
                .contains(firstSentence.substring(0, 40));
        assertThat(browser.findElements(By.cssSelector("#chart rect"))).isNotEmpty();
        assertThat(browser.findElement(By.id("evidence")).getText()).contains("magnitude");
        screenshot(browser, js);

        // 5. A pair chosen from the keyboard; its deep link restores the view on reload, token kept.
        String pair = wait.until(d -> {
            WebElement button = d.findElement(By.cssSelector("#pairs-table button.pair"));
            String key = button.getAttribute("data-pair");
            button.sendKeys(Keys.ENTER);
            return key;
        });
        wait.until(d -> d.getCurrentUrl().endsWith("#pair=" + pair)
                && d.findElement(By.id("detail-h")).getText().contains("(" + pair + ")")
                && !d.findElements(By.cssSelector("#chart rect")).isEmpty());
        browser.navigate().refresh();
        wait.until(d -> d.findElement(By.id("detail")).isDisplayed()
                && d.findElement(By.id("detail-h")).getText().contains("(" + pair + ")")
                && !d.findElements(By.cssSelector("#evidence li")).isEmpty()
                && !d.findElements(By.cssSelector("#chart rect")).isEmpty());
        assertThat(browser.findElement(By.id("token-dialog")).getAttribute("open")).as("the token is kept").isNull();
        String[] codes = pair.split("-");
        browser.get(url + "#pair=" + codes[1] + "-" + codes[0]);
        wait.until(d -> d.findElement(By.id("detail-h")).getText().contains("(" + pair + ")"));

        // 6. Ranked another way, and filtered by a country's name.
        new Select(browser.findElement(By.id("sort"))).selectByValue("deescalation");
        String topByDeescalation = api.get("/api/pairs?sort=deescalation&limit=1").json().path(0).path("pair").asText();
        wait.until(d -> topByDeescalation.equals(
                d.findElement(By.cssSelector("#pairs-table tbody tr")).getAttribute("data-pair")));
        browser.findElement(By.id("filter")).sendKeys("Korea");
        wait.until(d -> {
            List<String> shown = d.findElements(By.cssSelector("#pairs-table tbody tr")).stream()
                    .map(tr -> tr.getAttribute("data-pair")).toList();
            return !shown.isEmpty() && shown.stream().allMatch(p -> p.contains("KOR") || p.contains("PRK"));
        });

        // 7. A phone's width: nothing wider than the screen.
        browser.manage().window().setSize(new Dimension(390, 844));
        wait.until(d -> ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue()
                <= ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue() + 1);
        assertThat(browser.findElement(By.id("pairs-table")).isDisplayed()).isTrue();
        js.executeScript("window.scrollTo(0, 0);");
        Files.write(Path.of("target", "live-page-phone.png"), browser.getScreenshotAs(OutputType.BYTES));

        // 8. No error on the console since the token was given.
        assertThat(errors(browser)).as("browser console errors").isEmpty();

        // Figures: first paint, and an alert's way from brink.alerts to the page.
        List<Long> latencies = new ArrayList<>();
        List<Long> streamLatencies = new ArrayList<>();
        Map<String, Long> streamed = stream.arrivals();
        clock.arrivals().forEach((key, at) -> {
            Object onPage = seen.get(key);
            if (at >= fedAt && onPage instanceof Number n) {
                latencies.add(n.longValue() - at);
            }
            Long onStream = streamed.get(key);
            if (at >= fedAt && onStream != null) {
                streamLatencies.add(onStream - at);
            }
        });
        Collections.sort(latencies);
        Collections.sort(streamLatencies);
        String figures = String.format("live page: first contentful paint %s ms, DOM content loaded %s ms; "
                        + "alert messages from brink.alerts to the page: %d measured, median %s ms, max %s ms %s; "
                        + "to a plain /api/stream client: median %s ms, max %s ms %s%n",
                paint.get("fcp"), paint.get("dcl"), latencies.size(), median(latencies), max(latencies), latencies,
                median(streamLatencies), max(streamLatencies), streamLatencies);
        System.out.print(figures);
        System.out.println("page stream log: " + streamLog);
        Files.writeString(Path.of("target", "live-page-figures.txt"), figures);
        assertThat(latencies).as("alert messages seen both on brink.alerts and on the page").isNotEmpty();
        assertThat(streamLatencies).as("alert messages seen both on brink.alerts and by a plain stream client").isNotEmpty();
    }

    /** The page with an alert selected, as the feed runs: {@code target/live-page.png} (the README's is a copy). */
    private static void screenshot(ChromeDriver browser, JavascriptExecutor js) throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1500));
        js.executeScript("window.scrollTo(0, 0);");
        Thread.sleep(300);
        Path shot = Path.of("target", "live-page.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    private static String median(List<Long> sorted) {
        return sorted.isEmpty() ? "-" : String.valueOf(sorted.get(sorted.size() / 2));
    }

    private static String max(List<Long> sorted) {
        return sorted.isEmpty() ? "-" : String.valueOf(sorted.get(sorted.size() - 1));
    }

    private static ChromeDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--no-first-run", "--disable-extensions", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The console's errors since the last call (reading the log empties it). */
    private static List<String> errors(ChromeDriver browser) {
        List<String> out = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    private static Map<String, Object> timings(JavascriptExecutor js) {
        @SuppressWarnings("unchecked")
        Map<String, Object> t = (Map<String, Object>) js.executeScript(
                "const p = performance.getEntriesByName('first-contentful-paint')[0];"
                        + "const n = performance.getEntriesByType('navigation')[0];"
                        + "return {fcp: p ? Math.round(p.startTime) : null, dcl: n ? Math.round(n.domContentLoadedEventEnd) : null};");
        return t;
    }

    private static Set<String> ids(JsonNode alerts) {
        Set<String> out = new java.util.HashSet<>();
        alerts.forEach(a -> out.add(a.path("id").asText()));
        return out;
    }

    private static List<String> feed() throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LivePageIT.class.getClassLoader().getResourceAsStream(FEED), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
        }
    }

    /** Sends articles to brink.news, at {@code rate} a second (0: at once). */
    private static void send(EmbeddedKafka kafka, BrinkConfig config, List<String> lines, double rate) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            long start = System.nanoTime();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                producer.send(new ProducerRecord<>(config.topics().news().name(),
                        Json.MAPPER.readTree(line).path("id").asText(), line));
                if (rate > 0) {
                    long due = start + (long) (i / rate * 1e9);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        producer.flush();
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
            }
            producer.flush();
        }
    }

    /** When each alert message reached a plain client of {@code /api/stream}, wall clock: the server's share of the latency. */
    static final class StreamClock implements AutoCloseable {
        private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        private final java.util.concurrent.CompletableFuture<?> reading;

        StreamClock(int port) {
            java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/api/stream"))
                    .header("Authorization", "Bearer " + TOKEN).GET().build();
            reading = java.net.http.HttpClient.newHttpClient().sendAsync(request,
                    java.net.http.HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> {
                        String[] event = {""};
                        r.body().forEach(line -> {
                            if (line.startsWith("event: ")) {
                                event[0] = line.substring(7);
                            } else if (line.startsWith("data: ") && event[0].equals("alert")) {
                                long now = System.currentTimeMillis();
                                try {
                                    JsonNode a = Json.MAPPER.readTree(line.substring(6));
                                    arrivals.putIfAbsent(a.path("id").asText() + "@" + a.path("last_seen").asText()
                                            + "@" + a.path("status").asText(), now);
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            }
                        });
                    });
        }

        Map<String, Long> arrivals() {
            return Map.copyOf(arrivals);
        }

        @Override
        public void close() {
            reading.cancel(true);
        }
    }

    /** When each alert message (id, last_seen, status) became readable on brink.alerts, wall clock. */
    static final class AlertClock implements AutoCloseable {
        private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        AlertClock(String bootstrap, String topic) {
            KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.<String, Object>of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "live-page-it-clock",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                    new StringDeserializer(), new StringDeserializer());
            consumer.subscribe(List.of(topic));
            thread = new Thread(() -> {
                try (consumer) {
                    while (running.get()) {
                        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                            long now = System.currentTimeMillis();
                            try {
                                JsonNode a = Json.MAPPER.readTree(r.value());
                                arrivals.putIfAbsent(a.path("id").asText() + "@" + a.path("last_seen").asText() + "@"
                                        + a.path("status").asText(), now);
                            } catch (Exception e) {
                                // Not an alert: not timed.
                            }
                        }
                    }
                }
            }, "live-page-it-clock");
            thread.setDaemon(true);
            thread.start();
        }

        Map<String, Long> arrivals() {
            return Map.copyOf(arrivals);
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(5_000);
        }
    }
}
