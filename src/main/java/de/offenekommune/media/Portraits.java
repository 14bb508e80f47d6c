package de.offenekommune.media;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.media.internal.ImageProcessing;

/**
 * Portraits of programme speakers and their renditions, keyed by the speaker's id: media does not know the
 * programme, only whose picture it keeps.
 */
@Repository
public class Portraits {

    private final JdbcClient jdbc;

    Portraits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Portrait> find(UUID speaker) {
        return Optional.ofNullable(findAll(List.of(speaker)).get(speaker));
    }

    /** The portraits of those of {@code speakers} who have one. */
    public Map<UUID, Portrait> findAll(Collection<UUID> speakers) {
        if (speakers.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> alts = new HashMap<>();
        Map<UUID, List<Portrait.Rendition>> renditions = new HashMap<>();
        jdbc.sql("""
                        select p.speaker_id, p.image_key, p.alt_text, p.content_type, r.width, r.height
                          from speaker_portrait p
                          join speaker_portrait_rendition r on r.image_key = p.image_key
                         where p.speaker_id in (:speakers)
                         order by p.speaker_id, r.width
                        """)
                .param("speakers", List.copyOf(speakers))
                .query(rs -> {
                    UUID speaker = rs.getObject("speaker_id", UUID.class);
                    alts.put(speaker, rs.getString("alt_text"));
                    renditions.computeIfAbsent(speaker, key -> new java.util.ArrayList<>()).add(new Portrait.Rendition(
                            path(rs.getString("image_key"), rs.getInt("width"), rs.getString("content_type")),
                            rs.getInt("width"), rs.getInt("height")));
                });
        Map<UUID, Portrait> portraits = new HashMap<>();
        alts.forEach((speaker, alt) -> portraits.put(speaker, new Portrait(alt, renditions.get(speaker))));
        return portraits;
    }

    /** The bytes of one width, or nothing for an unknown key, width or type. */
    public Optional<byte[]> content(String key, int width, String contentType) {
        return jdbc.sql("""
                        select r.content
                          from speaker_portrait_rendition r
                          join speaker_portrait p on p.image_key = r.image_key
                         where r.image_key = :key
                           and r.width = :width
                           and p.content_type = :type
                        """)
                .param("key", key)
                .param("width", width)
                .param("type", contentType)
                .query(byte[].class)
                .optional();
    }

    /** Replaces the speaker's portrait, renditions included. */
    void save(UUID speaker, String key, String alt, ImageProcessing.Result result, Instant uploadedAt) {
        delete(speaker);
        jdbc.sql("""
                        insert into speaker_portrait (speaker_id, image_key, alt_text, content_type, uploaded_at)
                        values (:speaker, :key, :alt, :type, :uploadedAt)
                        """)
                .param("speaker", speaker)
                .param("key", key)
                .param("alt", alt)
                .param("type", result.contentType())
                .param("uploadedAt", OffsetDateTime.ofInstant(uploadedAt, ZoneOffset.UTC))
                .update();
        for (ImageProcessing.Rendition rendition : result.renditions()) {
            jdbc.sql("""
                            insert into speaker_portrait_rendition (image_key, width, height, content)
                            values (:key, :width, :height, :content)
                            """)
                    .param("key", key)
                    .param("width", rendition.width())
                    .param("height", rendition.height())
                    .param("content", rendition.content())
                    .update();
        }
    }

    boolean describe(UUID speaker, String alt) {
        return jdbc.sql("""
                        update speaker_portrait
                           set alt_text = :alt
                         where speaker_id = :speaker
                        """)
                .param("speaker", speaker)
                .param("alt", alt)
                .update() == 1;
    }

    boolean delete(UUID speaker) {
        return jdbc.sql("""
                        delete from speaker_portrait
                         where speaker_id = :speaker
                        """)
                .param("speaker", speaker)
                .update() == 1;
    }

    /** The path of one width, e.g. {@code /media/portraits/3f2a…-160.jpg}; its content never changes. */
    static String path(String key, int width, String contentType) {
        return "/media/portraits/" + key + "-" + width + ("image/png".equals(contentType) ? ".png" : ".jpg");
    }
}
