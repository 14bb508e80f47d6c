package de.offenekommune.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.event.EventId;
import de.offenekommune.media.internal.DocumentFormat;
import de.offenekommune.platform.ModuleInternal;

/**
 * The documents attached to events, stored in PostgreSQL like everything else of the platform.
 */
@Repository
public class Documents {

    private static final String COLUMNS = """
            select id, event_id, title, language, content_type, size_bytes, uploaded_at
              from event_document
            """;

    private final JdbcClient jdbc;

    Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The event's documents in the order they were added. */
    public List<EventDocument> findByEvent(EventId event) {
        return jdbc.sql(COLUMNS + """
                         where event_id = :event
                         order by uploaded_at, id
                        """)
                .param("event", event.value())
                .query(Documents::map)
                .list();
    }

    /** The documents of several events, e.g. for an export, ordered by event and upload. */
    public List<EventDocument> findByEvents(Collection<EventId> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + """
                         where event_id in (:events)
                         order by event_id, uploaded_at, id
                        """)
                .param("events", events.stream().map(EventId::value).toList())
                .query(Documents::map)
                .list();
    }

    public Optional<EventDocument> find(UUID id) {
        return jdbc.sql(COLUMNS + """
                         where id = :id
                        """)
                .param("id", id)
                .query(Documents::map)
                .optional();
    }

    public Optional<byte[]> content(UUID id) {
        return jdbc.sql("""
                        select content
                          from event_document
                         where id = :id
                        """)
                .param("id", id)
                .query(byte[].class)
                .optional();
    }

    @ModuleInternal
    public void save(EventDocument document, byte[] content) {
        jdbc.sql("""
                        insert into event_document (id, event_id, title, language, content_type, extension, size_bytes, content, uploaded_at)
                        values (:id, :event, :title, :language, :type, :extension, :size, :content, :uploadedAt)
                        """)
                .param("id", document.id())
                .param("event", document.event().value())
                .param("title", document.title())
                .param("language", document.language())
                .param("type", document.format().contentType())
                .param("extension", document.format().extension())
                .param("size", document.sizeBytes())
                .param("content", content)
                .param("uploadedAt", OffsetDateTime.ofInstant(document.uploadedAt(), ZoneOffset.UTC))
                .update();
    }

    public boolean delete(EventId event, UUID id) {
        return jdbc.sql("""
                        delete from event_document
                         where id = :id
                           and event_id = :event
                        """)
                .param("id", id)
                .param("event", event.value())
                .update() == 1;
    }

    private static EventDocument map(ResultSet rs, int row) throws SQLException {
        return new EventDocument(rs.getObject("id", UUID.class), new EventId(rs.getObject("event_id", UUID.class)),
                rs.getString("title"), rs.getString("language"),
                DocumentFormat.byContentType(rs.getString("content_type")).orElseThrow(), rs.getLong("size_bytes"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }
}
