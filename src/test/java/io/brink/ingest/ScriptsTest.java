package io.brink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ScriptsTest {

    @Test
    void a_script_of_one_language_names_it() {
        assertThat(Scripts.language("札幌管区気象台は二日朝、札幌で初雪を観測したと発表しました。")).isEqualTo("ja");
        assertThat(Scripts.language("서울에서 첫눈이 내렸다고 기상청이 밝혔다.")).isEqualTo("ko");
        assertThat(Scripts.language("Η κυβέρνηση ανακοίνωσε νέα μέτρα για τα λιμάνια.")).isEqualTo("el");
    }

    @Test
    void scripts_of_many_languages_and_stray_names_say_nothing() {
        assertThat(Scripts.language("The ferry between Samara and Togliatti is running again.")).isNull();
        assertThat(Scripts.language("Паромная переправа снова работает.")).isNull();
        assertThat(Scripts.language("The minister quoted the motto Ἀρετή in a long speech about the harbour works.")).isNull();
        assertThat(Scripts.language("")).isNull();
    }

    @Test
    void a_page_without_lang_gets_the_language_its_script_names() {
        String html = "<html><body><article><p>서울에서 첫눈이 내렸다고 기상청이 밝혔다. 평년보다 닷새 늦었다.</p></article></body></html>";
        PageExtractor.Page page = PageExtractor.extract(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                URI.create("http://127.0.0.1/k"));
        assertThat(page.language()).isEqualTo("ko");
    }
}
