package org.convene.query.child;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Tolerant comparison of children's names: case, accents, punctuation and extra spaces are
 * ignored, the order of the names does not matter much, and small misspellings score close to 1
 * (Jaro-Winkler similarity, from Apache Commons Text; docs/decisions/0004-commons-text.md).
 */
final class NameSimilarity {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameSimilarity() {
    }

    /** Lower case, no accents, apostrophes dropped, other punctuation as spaces, single spaces. */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['’`]", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ");
        return s.strip();
    }

    /** 0 (nothing alike) to 1 (the same after normalising). */
    static double score(String a, String b) {
        String na = normalise(a);
        String nb = normalise(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return 0;
        }
        double direct = JARO_WINKLER.apply(na, nb);
        double sorted = JARO_WINKLER.apply(sortedTokens(na), sortedTokens(nb));
        return Math.max(direct, sorted);
    }

    private static String sortedTokens(String normalised) {
        String[] tokens = normalised.split(" ");
        Arrays.sort(tokens);
        return String.join(" ", tokens);
    }
}
