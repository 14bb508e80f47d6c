package de.offenekommune.accessibility.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.accessibility.internal.SignLanguageTopic;

/**
 * The videos in Deutsche Gebärdensprache, stored in PostgreSQL like everything else of the platform.
 */
@Repository
public class SignLanguageVideos {

    private static final String COLUMNS = """
            select topic, content_type, captions_vtt, transcript, uploaded_at
              from sign_language_video
            """;

    private final JdbcClient jdbc;

    SignLanguageVideos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SignLanguageVideo> findAll() {
        return jdbc.sql(COLUMNS).query(SignLanguageVideos::map).list();
    }

    public Optional<SignLanguageVideo> find(SignLanguageTopic topic) {
        return jdbc.sql(COLUMNS + """
                         where topic = :topic
                        """)
                .param("topic", topic.name())
                .query(SignLanguageVideos::map)
                .optional();
    }

    public Optional<byte[]> content(SignLanguageTopic topic) {
        return jdbc.sql("""
                        select video
                          from sign_language_video
                         where topic = :topic
                        """)
                .param("topic", topic.name())
                .query(byte[].class)
                .optional();
    }

    void save(SignLanguageVideo video, byte[] content) {
        jdbc.sql("""
                        insert into sign_language_video (topic, content_type, video, captions_vtt, transcript, uploaded_at)
                        values (:topic, :type, :video, :captions, :transcript, :uploadedAt)
                        on conflict (topic)
                        do update set content_type = excluded.content_type,
                                      video = excluded.video,
                                      captions_vtt = excluded.captions_vtt,
                                      transcript = excluded.transcript,
                                      uploaded_at = excluded.uploaded_at
                        """)
                .param("topic", video.topic().name())
                .param("type", video.contentType())
                .param("video", content)
                .param("captions", video.captionsVtt())
                .param("transcript", video.transcript())
                .param("uploadedAt", OffsetDateTime.ofInstant(video.uploadedAt(), ZoneOffset.UTC))
                .update();
    }

    private static SignLanguageVideo map(ResultSet rs, int row) throws SQLException {
        return new SignLanguageVideo(SignLanguageTopic.valueOf(rs.getString("topic")), rs.getString("content_type"),
                rs.getString("captions_vtt"), rs.getString("transcript"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }
}
