package de.offenekommune.media.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.event.EventId;
import de.offenekommune.event.EventImage;
import de.offenekommune.event.EventImages;

/**
 * The events' images and their renditions, stored in PostgreSQL like everything else of the platform.
 */
@Repository
public class Images implements EventImages {

    private static final String COLUMNS = """
            select i.event_id, i.image_key, i.alt_text, i.credit, i.content_type, i.width, i.height, i.uploaded_at,
                   r.width as rendition_width, r.height as rendition_height
              from event_image i
              join event_image_rendition r on r.image_key = i.image_key
            """;

    private final JdbcClient jdbc;

    Images(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<EventImage> find(EventId event) {
        return findStored(event).map(StoredImage::toEventImage);
    }

    @Override
    public Map<EventId, EventImage> findAll(Collection<EventId> events) {
        if (events.isEmpty()) {
            return Map.of();
        }
        Map<EventId, EventImage> images = new HashMap<>();
        load("""
                 where i.event_id in (:events)
                """, Map.of("events", events.stream().map(EventId::value).toList()))
                .forEach(image -> images.put(image.event(), image.toEventImage()));
        return images;
    }

    public Optional<StoredImage> findStored(EventId event) {
        return load("""
                 where i.event_id = :event
                """, Map.of("event", event.value())).stream().findFirst();
    }

    /** The bytes of one width, with its type, or nothing for an unknown key, width or type. */
    public Optional<byte[]> content(String key, int width, String contentType) {
        return jdbc.sql("""
                        select r.content
                          from event_image_rendition r
                          join event_image i on i.image_key = r.image_key
                         where r.image_key = :key
                           and r.width = :width
                           and i.content_type = :type
                        """)
                .param("key", key)
                .param("width", width)
                .param("type", contentType)
                .query(byte[].class)
                .optional();
    }

    /** Replaces the event's image, renditions included. */
    public void save(StoredImage image, List<ImageProcessing.Rendition> renditions) {
        delete(image.event());
        jdbc.sql("""
                        insert into event_image (event_id, image_key, alt_text, credit, content_type, width, height, uploaded_at)
                        values (:event, :key, :alt, :credit, :type, :width, :height, :uploadedAt)
                        """)
                .param("event", image.event().value())
                .param("key", image.key())
                .param("alt", image.alt())
                .param("credit", image.credit())
                .param("type", image.contentType())
                .param("width", image.width())
                .param("height", image.height())
                .param("uploadedAt", OffsetDateTime.ofInstant(image.uploadedAt(), ZoneOffset.UTC))
                .update();
        for (ImageProcessing.Rendition rendition : renditions) {
            jdbc.sql("""
                            insert into event_image_rendition (image_key, width, height, content)
                            values (:key, :width, :height, :content)
                            """)
                    .param("key", image.key())
                    .param("width", rendition.width())
                    .param("height", rendition.height())
                    .param("content", rendition.content())
                    .update();
        }
    }

    /** Changes only the texts; the pictures and their addresses stay. */
    public boolean describe(EventId event, String alt, String credit) {
        return jdbc.sql("""
                        update event_image
                           set alt_text = :alt,
                               credit = :credit
                         where event_id = :event
                        """)
                .param("event", event.value())
                .param("alt", alt)
                .param("credit", credit)
                .update() == 1;
    }

    public boolean delete(EventId event) {
        return jdbc.sql("""
                        delete from event_image
                         where event_id = :event
                        """)
                .param("event", event.value())
                .update() == 1;
    }

    private List<StoredImage> load(String where, Map<String, ?> params) {
        Map<String, StoredImage> byKey = new LinkedHashMap<>();
        Map<String, List<int[]>> sizes = new HashMap<>();
        jdbc.sql(COLUMNS + where + """
                         order by i.image_key, r.width
                        """)
                .params(params)
                .query((ResultSet rs) -> {
                    String key = rs.getString("image_key");
                    byKey.computeIfAbsent(key, k -> map(rs, sizes.computeIfAbsent(k, x -> new ArrayList<>())));
                    sizes.get(key).add(new int[] {rs.getInt("rendition_width"), rs.getInt("rendition_height")});
                });
        return new ArrayList<>(byKey.values());
    }

    private static StoredImage map(ResultSet rs, List<int[]> sizes) {
        try {
            return new StoredImage(new EventId(rs.getObject("event_id", UUID.class)), rs.getString("image_key"),
                    rs.getString("alt_text"), rs.getString("credit"), rs.getString("content_type"), rs.getInt("width"),
                    rs.getInt("height"), sizes, rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
