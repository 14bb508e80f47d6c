package de.offenekommune.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTests {

    private final Markdown markdown = new Markdown();

    /** Executable markup as a browser would see it: script-capable elements, event handlers, script URLs. */
    static void assertHarmless(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        assertThat(document.select("script, style, svg, math, img, iframe, object, embed, form, input, button, link, meta, base, video, audio, source"))
                .as("active elements in %s", html).isEmpty();
        for (Element element : document.getAllElements()) {
            element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey()).as("attribute of <%s> in %s", element.tagName(), html)
                        .doesNotStartWithIgnoringCase("on").isNotIn("style", "srcdoc", "formaction", "src");
                assertThat(attribute.getValue().strip().toLowerCase()).as("value of %s in %s", attribute.getKey(), html)
                        .doesNotStartWith("javascript:").doesNotStartWith("data:").doesNotStartWith("vbscript:");
            });
        }
        for (Element link : document.select("a[href]")) {
            // an emptied href only points back to the page itself
            assertThat(link.attr("href")).matches("(?i)(|https?://.*|mailto:.*)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "Text <script>alert(1)</script> mitten im Absatz",
            "<svg onload=alert(1)>",
            "\"><svg onload=alert(1)>",
            "<img src=x onerror=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<a href=\"javascript:alert(1)\">klick</a>",
            "<div onmouseover=\"alert(1)\">Hover</div>",
            "<style>body{display:none}</style>",
            "<details open ontoggle=alert(1)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "[klick](javascript:alert(1))",
            "[klick](JaVaScRiPt:alert(1))",
            "[klick](javascript&colon;alert(1))",
            "[klick]( javascript:alert(1) )",
            "[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[klick](vbscript:msgbox(1))",
            "![bild](javascript:alert(1))",
            "![bild](https://evil.example/tracker.png)",
            "<javascript:alert(1)>",
            "[ref]\n\n[ref]: javascript:alert(1)",
            "[klick](https://www.oknrw.de \"titel\" onclick=alert(1))",
            "```html\n<script>alert(1)</script>\n```",
            "<!-- --><script>alert(1)</script>",
            "<div>\n<script>alert(1)</script>\n</div>",
            "# <img src=x onerror=alert(1)>"})
    void nothing_from_the_input_can_execute(String input) {
        String html = markdown.toSafeHtml(input, 2);

        assertHarmless(html);
    }

    @Test
    void raw_html_is_shown_as_text() {
        String html = markdown.toSafeHtml("Bitte <script>alert(1)</script> nicht ausführen", 2);

        assertThat(Jsoup.parseBodyFragment(html).text()).isEqualTo("Bitte <script>alert(1)</script> nicht ausführen");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void a_raw_html_block_is_shown_as_text() {
        String html = markdown.toSafeHtml("<div onclick=\"alert(1)\">\nHallo\n</div>", 2);

        assertThat(Jsoup.parseBodyFragment(html).text()).contains("<div onclick=\"alert(1)\">").contains("Hallo");
        assertThat(Jsoup.parseBodyFragment(html).select("div")).isEmpty();
    }

    @Test
    void a_script_link_loses_its_target_but_keeps_its_text() {
        Document document = Jsoup.parseBodyFragment(markdown.toSafeHtml("[Programm](javascript:alert(1))", 2));

        assertThat(document.text()).isEqualTo("Programm");
        assertThat(document.select("a").eachAttr("href")).allSatisfy(href -> assertThat(href).isEmpty());
    }

    @Test
    void headings_move_below_the_enclosing_heading() {
        Document document = Jsoup.parseBodyFragment(markdown.toSafeHtml("# Das Ziel\n\n## Ablauf\n\n##### Tief\n\n###### Tiefer", 2));

        assertThat(document.select("h3").text()).isEqualTo("Das Ziel");
        assertThat(document.select("h4").text()).isEqualTo("Ablauf");
        assertThat(document.select("h6").eachText()).containsExactly("Tief", "Tiefer");
        assertThat(document.select("h1, h2")).isEmpty();
    }

    @Test
    void a_top_level_heading_is_dropped_to_text_when_nothing_encloses_it() {
        Document document = Jsoup.parseBodyFragment(markdown.toSafeHtml("# Titel", 0));

        assertThat(document.select("h1")).isEmpty();
        assertThat(document.text()).isEqualTo("Titel");
    }

    @Test
    void links_tell_browsers_and_search_engines_not_to_trust_them() {
        Document document = Jsoup.parseBodyFragment(markdown.toSafeHtml(
                "Mehr auf [unserer Seite](https://www.oknrw.de) und www.oknrw.de/programm oder info@oknrw.de", 2));

        assertThat(document.select("a")).hasSize(3).allSatisfy(link -> {
            Set<String> rel = Arrays.stream(link.attr("rel").split("\\s+")).collect(Collectors.toSet());
            assertThat(rel).contains("nofollow", "noopener", "noreferrer");
        });
        assertThat(document.select("a").eachAttr("href")).containsExactly("https://www.oknrw.de",
                "http://www.oknrw.de/programm", "mailto:info@oknrw.de");
    }

    @Test
    void renders_the_reference_description_with_heading_and_bullet_list() {
        Document document = Jsoup.parseBodyFragment(markdown.toSafeHtml(
                de.offenekommune.EventDetailsBuilder.REFERENCE_DESCRIPTION, 2));

        assertThat(document.select("h3").text()).isEqualTo("Das Ziel");
        assertThat(document.select("ul > li")).hasSize(3).first()
                .satisfies(item -> assertThat(item.text()).isEqualTo("Erfahrungen aus den Kommunen sichtbar machen und voneinander lernen"));
        assertThat(document.select("p")).hasSize(2);
    }

    @Test
    void keeps_simple_formatting() {
        Document document = Jsoup.parseBodyFragment(markdown.toSafeHtml(
                "**fett** und *kursiv*\n\n1. eins\n2. zwei\n\n> Zitat\n\n`code`", 2));

        assertThat(document.select("strong").text()).isEqualTo("fett");
        assertThat(document.select("em").text()).isEqualTo("kursiv");
        assertThat(document.select("ol > li")).hasSize(2);
        assertThat(document.select("blockquote").text()).isEqualTo("Zitat");
        assertThat(document.select("code").text()).isEqualTo("code");
    }

    @Test
    void nothing_in_nothing_out() {
        assertThat(markdown.toSafeHtml(null, 2)).isEmpty();
        assertThat(markdown.toSafeHtml(" \n ", 2)).isEmpty();
    }
}
