package de.offenekommune.comment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentTextTests {

    @Test
    void paragraphs_and_lines_become_p_and_br() {
        String html = CommentText.toHtml("Erste Zeile\nzweite Zeile\n\n  \nZweiter Absatz");

        assertThat(html).isEqualTo("<p>Erste Zeile<br>\nzweite Zeile</p>\n<p>Zweiter Absatz</p>\n");
    }

    @Test
    void markup_is_shown_as_text_never_as_markup() {
        String html = CommentText.toHtml("<svg onload=alert(1)> <script>alert('x')</script> <b>fett</b> & \"zitiert\"");

        assertThat(html)
                .doesNotContain("<svg", "<script", "<b>")
                .contains("&lt;svg onload=alert(1)&gt;", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
                        "&amp; &quot;zitiert&quot;");
    }

    @Test
    void web_addresses_become_links_that_search_engines_do_not_follow() {
        String html = CommentText.toHtml("Siehe https://www.wuppertal.de/rathaus?x=1&y=2.");

        assertThat(html).isEqualTo("<p>Siehe <a href=\"https://www.wuppertal.de/rathaus?x=1&amp;y=2\" "
                + "rel=\"nofollow ugc noopener noreferrer\">https://www.wuppertal.de/rathaus?x=1&amp;y=2</a>.</p>\n");
    }

    @Test
    void a_closing_bracket_stays_part_of_a_link_only_when_the_link_opened_it() {
        assertThat(CommentText.toHtml("(mehr unter https://example.org/info)"))
                .contains("href=\"https://example.org/info\"").endsWith("</a>)</p>\n");
        assertThat(CommentText.toHtml("https://de.wikipedia.org/wiki/Kommune_(Begriff)"))
                .contains("href=\"https://de.wikipedia.org/wiki/Kommune_(Begriff)\"");
    }

    @Test
    void javascript_and_data_addresses_stay_text() {
        String html = CommentText.toHtml("javascript:alert(document.cookie) data:text/html;base64,PHNjcmlwdD4= "
                + "JaVaScRiPt:alert(1)");

        assertThat(html).doesNotContain("<a ").contains("javascript:alert(document.cookie)");
    }

    @Test
    void quotes_inside_an_address_cannot_break_out_of_the_attribute() {
        String html = CommentText.toHtml("https://example.org/a'onmouseover='alert(1) und https://example.org/\"x");

        assertThat(html).doesNotContain("'onmouseover='").doesNotContain("href=\"https://example.org/\"x");
        assertThat(html).contains("&#39;onmouseover=&#39;");
    }

    @Test
    void addresses_without_a_real_host_are_not_linked() {
        assertThat(CommentText.toHtml("http://localhost/x http://user:pw@example.org/")).doesNotContain("<a ");
    }

    @Test
    void counts_every_web_address_linked_or_not() {
        assertThat(CommentText.countLinks("a https://a.de b http://b.de c www.c.de d mail@www.d.de")).isEqualTo(3);
        assertThat(CommentText.countLinks("keine Links hier")).isZero();
    }

    @Test
    void the_fingerprint_ignores_case_spacing_punctuation_and_accents() {
        assertThat(CommentText.fingerprint("Gute  Idee, danke!")).isEqualTo(CommentText.fingerprint("gute idee danke"));
        assertThat(CommentText.fingerprint("Müller")).isEqualTo(CommentText.fingerprint("MULLER"));
        assertThat(CommentText.fingerprint("Gute Idee")).isNotEqualTo(CommentText.fingerprint("Schlechte Idee"));
    }
}
