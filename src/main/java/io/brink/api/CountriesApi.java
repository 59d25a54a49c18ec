package io.brink.api;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.brink.api.Router.Request;
import io.brink.api.Router.Response;

/**
 * {@code GET /api/countries}: the countries Brink codes, each with its ISO 3166-1 alpha-3 code (as
 * in pair keys), its alpha-2 code (for a flag; null where ISO has none, as for Kosovo's XKX) and
 * its English name, so a page can name the two sides of a pair. Sorted by code; the same on
 * every instance, so it needs no routing.
 */
final class CountriesApi {

    /** One country. */
    record Country(String code, String alpha2, String name) {
    }

    /** Names Java's locale data lacks or words differently from the news. */
    private static final Map<String, String> NAMES = Map.of("XKX", "Kosovo", "PSE", "Palestine", "TWN", "Taiwan",
            "VAT", "Holy See", "PRK", "North Korea", "KOR", "South Korea");

    Response countries(Request request) {
        request.acceptOnly();
        return Response.of(200, Response.JSON, Body.BYTES);
    }

    /** The gazetteer's countries (the codes the pair routes accept). */
    static List<Country> list() {
        Map<String, String> alpha2 = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            alpha2.put(new Locale("", a2).getISO3Country(), a2);
        }
        return PairsApi.countryCodes().stream().sorted().map(code -> {
            String a2 = code.equals("XKX") ? "XK" : alpha2.get(code);
            String name = NAMES.getOrDefault(code, a2 == null ? code : new Locale("", a2).getDisplayCountry(Locale.ENGLISH));
            return new Country(code, a2, name);
        }).toList();
    }

    /** The answer, built on first use. */
    private static final class Body {
        static final byte[] BYTES = Response.json(200, list()).body();
    }
}
