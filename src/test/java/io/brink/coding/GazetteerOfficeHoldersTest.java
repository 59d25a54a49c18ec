package io.brink.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GazetteerOfficeHoldersTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private static List<String> codes(String sentence, String date) {
        return GAZETTEER.find(Tokenizer.tokenize(sentence), LocalDate.parse(date)).stream()
                .map(Gazetteer.Mention::code).toList();
    }

    @Test
    void the_office_holders_file_loads_with_the_bundled_gazetteer() {
        List<DataFile.Line> lines = DataFile.readResource(Gazetteer.OFFICE_HOLDERS);
        assertThat(lines).hasSizeGreaterThan(1000);
        assertThat(codes("Tymoshenko met Yekhanurov.", "2008-06-01")).containsExactly("UKR", "UKR");
    }

    @Test
    void a_1990s_office_holder_names_his_country_in_the_1990s_and_nothing_in_2020() {
        assertThat(codes("Yeltsin warned the West.", "1995-06-01")).containsExactly("RUS");
        assertThat(codes("Yeltsin warned the West.", "2020-06-01")).isEmpty();
        assertThat(codes("Kozyrev met Kinkel.", "1994-03-01")).containsExactly("RUS", "DEU");
        assertThat(codes("Tymoshenko spoke.", "2020-06-01")).isEmpty();
    }

    @Test
    void a_misspelled_or_former_country_name_codes_its_country() {
        assertThat(codes("Troops entered Tadjikistan.", "1995-06-01")).containsExactly("TJK");
        assertThat(codes("Kyrgystan protested.", "2010-06-01")).containsExactly("KGZ");
        assertThat(codes("Columbia University students marched.", "2010-06-01")).isEmpty();
    }

    @Test
    void a_leader_whose_name_holds_a_state_name_codes_the_leaders_state() {
        assertThat(codes("Luís Montenegro spoke.", "2025-01-01")).containsExactly("PRT");
        assertThat(codes("Montenegro spoke.", "2025-01-01")).containsExactly("MNE");
    }

    @Test
    void every_office_holder_line_is_a_dated_leader() {
        for (DataFile.Line line : DataFile.readResource(Gazetteer.OFFICE_HOLDERS)) {
            assertThat(line.columns()).as(line.file() + ":" + line.number()).hasSize(5);
            assertThat(line.column(1)).as(line.file() + ":" + line.number()).isEqualTo("leader");
            assertThat(line.column(3)).as(line.file() + ":" + line.number()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
    }

    @Test
    void no_office_holder_surface_names_two_states_at_once() {
        List<DataFile.Line> leaders = new ArrayList<>(DataFile.readResource(Gazetteer.COUNTRIES));
        leaders.addAll(DataFile.readResource(Gazetteer.OFFICE_HOLDERS));
        Map<String, List<DataFile.Line>> bySurface = new HashMap<>();
        for (DataFile.Line line : leaders) {
            if (line.columns().size() == 5 && line.column(1).equals("leader")) {
                bySurface.computeIfAbsent(line.column(2), k -> new ArrayList<>()).add(line);
            }
        }
        List<String> clashes = new ArrayList<>();
        for (List<DataFile.Line> same : bySurface.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    DataFile.Line a = same.get(i);
                    DataFile.Line b = same.get(j);
                    if (!a.column(0).equals(b.column(0)) && overlap(a, b)) {
                        clashes.add(a.file() + ":" + a.number() + " / " + b.file() + ":" + b.number());
                    }
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    private static boolean overlap(DataFile.Line a, DataFile.Line b) {
        String aTo = a.column(4).isEmpty() ? "9999-12-31" : a.column(4);
        String bTo = b.column(4).isEmpty() ? "9999-12-31" : b.column(4);
        return a.column(3).compareTo(bTo) <= 0 && b.column(3).compareTo(aTo) <= 0;
    }
}
