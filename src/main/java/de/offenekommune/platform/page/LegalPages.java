package de.offenekommune.platform.page;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Whether the operator has written the pages every German public-sector website needs, or whether the
 * model texts are still shown.
 */
@Component
@NamedInterface("pages")
public class LegalPages {

    private final JdbcClient jdbc;

    LegalPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many of Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit still show the model text in German. */
    public int unwritten() {
        List<String> legal = Arrays.stream(SitePage.values()).filter(SitePage::legal).map(SitePage::name).toList();
        int written = jdbc.sql("""
                        select count(distinct page)
                          from site_page
                         where locale = 'de'
                           and page in (:legal)
                        """)
                .param("legal", legal)
                .query(Integer.class)
                .single();
        return legal.size() - written;
    }
}
