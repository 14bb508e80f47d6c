package de.offenekommune.platform.page;

import static de.offenekommune.platform.SqlTimes.instant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.platform.Markdown;

/**
 * Operator-written pages in PostgreSQL; until the operator writes one, a built-in default is shown.
 */
@Repository
class SitePages {

    private final JdbcClient jdbc;
    private final Markdown markdown;

    SitePages(JdbcClient jdbc, Markdown markdown) {
        this.jdbc = jdbc;
        this.markdown = markdown;
    }

    SitePageContent find(SitePage page, String locale) {
        return stored(page, locale).orElseGet(() -> {
            String text = defaultText(page, locale);
            return new SitePageContent(page, locale, text, markdown.toSafeHtml(text, 1), null);
        });
    }

    void save(SitePage page, String locale, String title, String text) {
        jdbc.sql("""
                        insert into site_page (page, locale, title, body_markdown, body_html, updated_at)
                        values (:page, :locale, :title, :markdown, :html, now())
                        on conflict (page, locale)
                        do update set title = excluded.title,
                                      body_markdown = excluded.body_markdown,
                                      body_html = excluded.body_html,
                                      updated_at = excluded.updated_at
                        """)
                .param("page", page.name())
                .param("locale", locale)
                .param("title", title)
                .param("markdown", text)
                .param("html", markdown.toSafeHtml(text, 1))
                .update();
    }

    private Optional<SitePageContent> stored(SitePage page, String locale) {
        return jdbc.sql("""
                        select body_markdown, body_html, updated_at
                          from site_page
                         where page = :page
                           and locale = :locale
                        """)
                .param("page", page.name())
                .param("locale", locale)
                .query((rs, row) -> new SitePageContent(page, locale, rs.getString("body_markdown"),
                        rs.getString("body_html"), instant(rs, "updated_at")))
                .optional();
    }

    private static String defaultText(SitePage page, String locale) {
        try (InputStream in = new ClassPathResource("site-pages/" + page.name() + "_" + locale + ".md").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Default text of " + page + " is part of the application", e);
        }
    }
}
