package de.offenekommune.accessibility.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.platform.SqlTimes;

/**
 * Reported barriers, newest first.
 */
@Repository
public class BarrierReports {

    private final JdbcClient jdbc;

    BarrierReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(BarrierReport report) {
        jdbc.sql("""
                        insert into barrier_report (id, page_address, description, contact_name, contact_email, created_at)
                        values (:id, :page, :description, :name, :email, :createdAt)
                        """)
                .param("id", report.id())
                .param("page", report.pageAddress())
                .param("description", report.description())
                .param("name", report.contactName())
                .param("email", report.contactEmail())
                .param("createdAt", OffsetDateTime.ofInstant(report.createdAt(), ZoneOffset.UTC))
                .update();
    }

    public List<BarrierReport> latest(int limit) {
        return jdbc.sql("""
                        select id, page_address, description, contact_name, contact_email, created_at, answered_at
                          from barrier_report
                         order by created_at desc
                         limit :limit
                        """)
                .param("limit", limit)
                .query((rs, row) -> new BarrierReport(rs.getObject("id", UUID.class), rs.getString("page_address"),
                        rs.getString("description"), rs.getString("contact_name"), rs.getString("contact_email"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        SqlTimes.instant(rs, "answered_at")))
                .list();
    }

    boolean markAnswered(UUID report, Instant at) {
        return jdbc.sql("update barrier_report set answered_at = coalesce(answered_at, :at) where id = :id")
                .param("id", report)
                .param("at", SqlTimes.utc(at))
                .update() == 1;
    }
}
