package de.offenekommune.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTests {

    @Test
    void makes_a_readable_address_from_the_reference_title() {
        assertThat(Slugs.fromTitle("Einladung zur Tagung: Offene Kommunen.NRW – Schritte in die Praxis"))
                .isEqualTo("einladung-zur-tagung-offene-kommunen-nrw-schritte-in-die-praxis");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bürgerhaushalt in Köln – Straßenfest | buergerhaushalt-in-koeln-strassenfest",
            "ÄRGER ÜBER ÖFFNUNGSZEITEN           | aerger-ueber-oeffnungszeiten",
            "Café Crème à Aachen                 | cafe-creme-a-aachen",
            "Groß- und Kleinschreibung           | gross-und-kleinschreibung",
            "  --Open  Data!!  Day--             | open-data-day",
            "2. Barcamp 2026                     | 2-barcamp-2026"})
    void spells_german_letters_out_and_drops_everything_else(String title, String slug) {
        assertThat(Slugs.fromTitle(title)).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Archive", "new", "NEW", "Feed", "Admin", "api"})
    void never_takes_a_path_reserved_for_pages(String title) {
        String slug = Slugs.fromTitle(title);

        assertThat(slug).startsWith("seite-");
        assertThat(Slugs.isValid(slug)).isTrue();
        assertThat(Slugs.isValid(title.toLowerCase())).isFalse();
    }

    @Test
    void a_title_without_letters_or_digits_still_gets_an_address() {
        assertThat(Slugs.fromTitle("???")).isEqualTo("seite");
        assertThat(Slugs.fromTitle("")).isEqualTo("seite");
        assertThat(Slugs.fromTitle("Встреча")).isEqualTo("seite");
    }

    @Test
    void long_titles_are_cut_at_a_word_boundary_within_80_characters() {
        // GIVEN a title of words of ten letters
        String title = "Wort" + " Beteiligung".repeat(12);

        // WHEN
        String slug = Slugs.fromTitle(title);

        // THEN no word is cut in half
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).endsWith("-beteiligung").startsWith("wort-");
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void alternatives_count_up_from_two() {
        assertThat(Slugs.alternative("tagung", 2)).isEqualTo("tagung-2");
        assertThat(Slugs.alternative("tagung", 13)).isEqualTo("tagung-13");
    }

    @Test
    void alternatives_of_a_long_slug_stay_within_80_characters() {
        String slug = "a".repeat(80);

        assertThat(Slugs.alternative(slug, 2)).hasSize(80).endsWith("a-2");
        assertThat(Slugs.alternative(slug, 100)).hasSize(80).endsWith("a-100");
    }

    @ParameterizedTest
    @ValueSource(ints = {75, 76, 77, 78})
    void alternatives_of_a_long_slug_are_valid_addresses_wherever_its_hyphens_fall(int hyphenAt) {
        // GIVEN a valid slug of 80 characters with a hyphen near its end, as made from a long title
        String slug = "a".repeat(hyphenAt) + "-" + "b".repeat(80 - hyphenAt - 1);
        assertThat(Slugs.isValid(slug)).isTrue();

        // WHEN / THEN every alternative is valid too, so that the editor accepts it when the event is saved again
        for (int n = 2; n <= 100; n++) {
            String alternative = Slugs.alternative(slug, n);
            assertThat(Slugs.isValid(alternative)).as("%s is valid", alternative).isTrue();
            assertThat(alternative).endsWith("-" + n);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tagung", "tagung-", "-tagung", "tag--ung", "tag_ung", "tagung 2013", "straße", ""})
    void rejects_addresses_that_are_not_lower_case_words_joined_by_single_hyphens(String slug) {
        assertThat(Slugs.isValid(slug)).isFalse();
    }

    @Test
    void accepts_up_to_80_characters() {
        assertThat(Slugs.isValid("a".repeat(80))).isTrue();
        assertThat(Slugs.isValid("a".repeat(81))).isFalse();
        assertThat(Slugs.isValid(null)).isFalse();
        assertThat(Slugs.isValid("oknrw-2013")).isTrue();
    }
}
