package io.brink.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.brink.stream.BrinkConfig;
import io.brink.stream.BrinkService;

/**
 * The live page's files and how they are sent: all of them together under 300 KB, nothing loaded
 * from elsewhere, an ETag that answers 304, gzip when the client accepts it, and the page open while
 * the {@code /api} routes (the alert stream among them) keep their 401 and 503. No broker: Kafka
 * Streams is created but never started.
 */
class StaticFilesTest {

    static final long PAGE_BUDGET_BYTES = 300 * 1024;
    static final Path FOLDER = Path.of("src/main/resources", StaticFiles.FOLDER);
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path state;
    BrinkService service;
    HttpApi http;

    HttpApi start(String token) throws IOException {
        BrinkConfig config = BrinkConfig.builder()
                .put("bootstrap.servers", "127.0.0.1:1")
                .put("state.dir", state.toString())
                .put("http.port", "0")
                .put("api.token", token)
                .build();
        service = new BrinkService(config);
        http = HttpApi.start(service, "127.0.0.1", 0);
        return http;
    }

    @AfterEach
    void stop() {
        if (http != null) {
            http.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void the_page_and_all_its_assets_weigh_under_300_kb() throws IOException {
        long total = 0;
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(FOLDER)) {
            for (Path p : list.toList()) {
                files.add(p.getFileName().toString());
                total += Files.size(p);
            }
        }
        Set<String> served = new TreeSet<>(StaticFiles.ASSETS);
        served.add(StaticFiles.INDEX);
        assertThat(files).as("every file of the page folder is served, so the sum covers the page").isEqualTo(served);
        System.out.printf("live page: %d files, %d bytes%n", files.size(), total);
        assertThat(total).as("bytes of the page's own files").isLessThan(PAGE_BUDGET_BYTES);
    }

    @Test
    void the_page_loads_only_its_own_assets_and_every_one_exists() throws IOException {
        String index = Files.readString(FOLDER.resolve(StaticFiles.INDEX));
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(index);
        int refs = 0;
        while (m.find()) {
            String ref = m.group(1);
            refs++;
            assertThat(ref).as("a reference of index.html").matches("/assets/[a-z.]+|#[a-z-]+");
            if (ref.startsWith("/assets/")) {
                assertThat(StaticFiles.ASSETS).contains(ref.substring("/assets/".length()));
            }
        }
        assertThat(refs).isGreaterThanOrEqualTo(3);
        String css = Files.readString(FOLDER.resolve("app.css"));
        assertThat(css).doesNotContain("url(", "@import");
        String js = Files.readString(FOLDER.resolve("app.js"));
        assertThat(js).as("the script fetches only this server's routes").doesNotContainPattern("fetch\\(['\"]https?:")
                .doesNotContain("innerHTML", "eval(");
    }

    @Test
    void files_carry_an_etag_that_answers_304_and_go_gzipped_when_accepted() throws Exception {
        start("");
        HttpResponse<byte[]> page = get("/", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'self'");
        assertThat(page.headers().firstValue("Content-Encoding")).isEmpty();
        byte[] plain = page.body();
        assertThat(plain).isEqualTo(Files.readAllBytes(FOLDER.resolve(StaticFiles.INDEX)));
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{24}\"");

        HttpResponse<byte[]> again = get("/", etag, null);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(get("/", "\"other\"", null).statusCode()).isEqualTo(200);

        for (String asset : StaticFiles.ASSETS) {
            HttpResponse<byte[]> plainAsset = get("/assets/" + asset, null, null);
            assertThat(plainAsset.statusCode()).as(asset).isEqualTo(200);
            assertThat(plainAsset.body()).as(asset).isEqualTo(Files.readAllBytes(FOLDER.resolve(asset)));
            HttpResponse<byte[]> zipped = get("/assets/" + asset, null, "gzip, deflate, br");
            assertThat(zipped.headers().firstValue("Vary")).as(asset).hasValue("Accept-Encoding");
            if (plainAsset.body().length >= HttpApi.GZIP_MIN_BYTES) {
                assertThat(zipped.headers().firstValue("Content-Encoding")).as(asset).hasValue("gzip");
                assertThat(gunzip(zipped.body())).as(asset).isEqualTo(plainAsset.body());
                assertThat(zipped.body().length).as(asset).isLessThan(plainAsset.body().length);
            }
        }
        assertThat(get("/assets/app.js", null, "gzip;q=0").headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(get("/openapi.json", null, "gzip").headers().firstValue("Content-Encoding")).hasValue("gzip");

        HttpResponse<byte[]> missing = get("/assets/nope.js", null, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(new String(missing.body(), StandardCharsets.UTF_8)).contains("no such asset");
    }

    @Test
    void the_page_is_open_while_api_routes_and_the_alert_stream_need_the_token() throws Exception {
        start("page-token");
        assertThat(get("/", null, null).statusCode()).isEqualTo(200);
        assertThat(get("/assets/app.js", null, null).statusCode()).isEqualTo(200);
        for (String route : new String[] {"/api/stream", "/api/countries", "/api/alerts"}) {
            HttpResponse<byte[]> r = get(route, null, null);
            assertThat(r.statusCode()).as(route).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).as(route).isPresent();
        }
        ApiClient api = new ApiClient(http.port(), "page-token");
        assertThat(api.get("/api/stream").status()).as("not RUNNING: a 503, not an empty stream").isEqualTo(503);
        assertThat(api.get("/api/stream?x=1").status()).isEqualTo(400);
        ApiClient.Answer countries = api.get("/api/countries");
        assertThat(countries.status()).isEqualTo(200);
        assertThat(countries.body()).contains("{\"code\":\"ISR\",\"alpha2\":\"IL\",\"name\":\"Israel\"}")
                .contains("\"code\":\"PRK\",\"alpha2\":\"KP\",\"name\":\"North Korea\"");
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch, String acceptEncoding) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
                .timeout(Duration.ofSeconds(10)).GET();
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        if (acceptEncoding != null) {
            b.header("Accept-Encoding", acceptEncoding);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
