package de.offenekommune.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Search words as the German full-text search wants them: letters and digits only (so nothing a
 * visitor types is ever tsquery syntax), at most {@link #MAX_TERMS} of them. Each word also carries
 * its spelling with umlauts where someone typed "ue" for "ü" ("Buergerhaushalt"), because the
 * stemmer folds "ü" to "u", not to "ue".
 */
record SearchTerms(List<Term> terms) {

    static final int MAX_TERMS = 8;
    /** Words from this length on also find longer words that start alike, e.g. compounds. */
    static final int PREFIX_FROM = 4;
    private static final int MAX_WORD = 60;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern TRANSLITERATION = Pattern.compile("ae|oe|ue");

    /** @param alternative the spelling with umlauts, or {@code null} when it is the same word */
    record Term(String word, String alternative, boolean prefix) {
    }

    static SearchTerms of(String text) {
        List<Term> terms = new ArrayList<>();
        if (text == null) {
            return new SearchTerms(terms);
        }
        for (String word : SEPARATORS.split(text.toLowerCase(Locale.GERMAN))) {
            if (word.codePointCount(0, word.length()) < 2 || terms.size() == MAX_TERMS) {
                continue;
            }
            String clean = word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word;
            String umlauts = TRANSLITERATION.matcher(clean).find()
                    ? clean.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü") : null;
            if (terms.stream().noneMatch(term -> term.word().equals(clean))) {
                terms.add(new Term(clean, umlauts, clean.length() >= PREFIX_FROM));
            }
        }
        return new SearchTerms(List.copyOf(terms));
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    /**
     * A tsquery expression over named parameters {@code :term0}, {@code :alt0}, …: every word must
     * match, in any of its spellings.
     */
    String sql() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            String suffix = term.prefix() ? " || ':*'" : "";
            String one = "to_tsquery('german', ok_search_fold(:term" + i + ")" + suffix + ")";
            if (term.alternative() != null) {
                one = "(" + one + " || to_tsquery('german', ok_search_fold(:alt" + i + ")" + suffix + "))";
            }
            parts.add(one);
        }
        return "(" + String.join(" && ", parts) + ")";
    }

    void bind(java.util.Map<String, Object> params) {
        for (int i = 0; i < terms.size(); i++) {
            params.put("term" + i, terms.get(i).word());
            if (terms.get(i).alternative() != null) {
                params.put("alt" + i, terms.get(i).alternative());
            }
        }
    }
}
