// Which country names a language's regional standard writes otherwise than the language's CLDR
// names that Brink reads (CountryNames takes Locale.getDisplayCountry in the language's own locale,
// "pt" = Brazilian). Run with the JDK alone: java scripts/cldr-country-names.java pt pt-PT
// Prints CODE<TAB>name<TAB>SURFACE lines for gazetteer.tsv, for the names that differ once accents
// and case are dropped (as the coder matches them). Used for Portuguese (README, "Adding a language").
import java.text.Normalizer;
import java.util.Locale;

public class CldrCountryNames {
    static String folded(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    public static void main(String[] args) {
        Locale base = Locale.forLanguageTag(args[0]);
        Locale variant = Locale.forLanguageTag(args[1]);
        for (String iso2 : Locale.getISOCountries()) {
            Locale country = new Locale("", iso2);
            String code;
            try {
                code = country.getISO3Country();
            } catch (java.util.MissingResourceException e) {
                continue;
            }
            String a = country.getDisplayCountry(base);
            String b = country.getDisplayCountry(variant);
            int paren = b.indexOf('(');
            b = (paren > 0 ? b.substring(0, paren) : b).strip();
            if (!folded(a).startsWith(folded(b)) && !folded(b).equals(folded(a))) {
                System.out.println(code + "\tname\t" + b);
            }
        }
    }
}
