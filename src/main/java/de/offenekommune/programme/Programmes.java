package de.offenekommune.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.offenekommune.event.EventId;
import de.offenekommune.platform.SqlTimes;
import de.offenekommune.platform.web.RequestMemo;

/** Rooms, speakers and sessions of events' programmes. */
@Repository
public class Programmes {

    private final JdbcClient jdbc;
    private final ObjectProvider<WorkshopOccupancy> occupancy;

    Programmes(JdbcClient jdbc, ObjectProvider<WorkshopOccupancy> occupancy) {
        this.jdbc = jdbc;
        this.occupancy = occupancy;
    }

    /** The whole programme of an event, sessions in time order; empty when it has none. */
    public Programme of(EventId event) {
        List<Session> sessions = sessions(List.of(event));
        Map<SessionId, Integer> taken = sessions.stream().anyMatch(Session::isChoosable)
                ? occupancy.getIfAvailable(() -> id -> Map.of()).placesTaken(event) : Map.of();
        return new Programme(rooms(event), speakers(event), sessions, taken);
    }

    /**
     * {@link #of} while a page is rendered: read once per request, however many parts of the page show it
     * (the programme section, the JSON-LD). Not for code that changes the programme.
     */
    public Programme shown(EventId event) {
        return RequestMemo.once("programme:" + event.value(), () -> of(event));
    }

    /** Sessions of several events at once, each list in time order. */
    public Map<EventId, List<Session>> sessionsOf(Collection<EventId> events) {
        Map<EventId, List<Session>> byEvent = new HashMap<>();
        for (Session session : sessions(events)) {
            byEvent.computeIfAbsent(session.event(), key -> new ArrayList<>()).add(session);
        }
        return byEvent;
    }

    /** Serializes changes to one event's timetable until the transaction ends, so conflict checks hold. */
    void lock(EventId event) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "programme:" + event)
                .query((rs, row) -> 1).list();
    }

    List<Room> rooms(EventId event) {
        return jdbc.sql("""
                        select id, event_id, name, capacity, step_free, position
                          from programme_room
                         where event_id = :event
                         order by position, name
                        """)
                .param("event", event.value())
                .query((rs, row) -> new Room(new RoomId(rs.getObject("id", UUID.class)), event, rs.getString("name"),
                        (Integer) rs.getObject("capacity"), rs.getBoolean("step_free"), rs.getInt("position")))
                .list();
    }

    List<Speaker> speakers(EventId event) {
        return jdbc.sql("""
                        select id, name, role, organization, bio, consent
                          from programme_speaker
                         where event_id = :event
                         order by name
                        """)
                .param("event", event.value())
                .query((rs, row) -> new Speaker(new SpeakerId(rs.getObject("id", UUID.class)), event,
                        rs.getString("name"), rs.getString("role"), rs.getString("organization"), rs.getString("bio"),
                        rs.getBoolean("consent")))
                .list();
    }

    private List<Session> sessions(Collection<EventId> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select s.id, s.event_id, s.title, s.description, s.kind, s.starts_at, s.ends_at, s.room_id,
                               s.language, s.sign_language, s.captioning, s.capacity,
                               coalesce(array_agg(l.speaker_id order by l.position)
                                        filter (where l.speaker_id is not null), '{}') as speakers
                          from programme_session s
                          left join programme_session_speaker l on l.session_id = s.id
                         where s.event_id in (:events)
                         group by s.id
                         order by s.starts_at, s.ends_at, s.title
                        """)
                .param("events", events.stream().map(EventId::value).toList())
                .query(this::session)
                .list();
    }

    private Session session(ResultSet rs, int row) throws SQLException {
        UUID room = rs.getObject("room_id", UUID.class);
        List<SpeakerId> speakers = new ArrayList<>();
        for (Object id : (Object[]) rs.getArray("speakers").getArray()) {
            speakers.add(new SpeakerId((UUID) id));
        }
        return new Session(new SessionId(rs.getObject("id", UUID.class)),
                new EventId(rs.getObject("event_id", UUID.class)), rs.getString("title"), rs.getString("description"),
                SessionKind.valueOf(rs.getString("kind")), SqlTimes.instant(rs, "starts_at"),
                SqlTimes.instant(rs, "ends_at"), room == null ? null : new RoomId(room), rs.getString("language"),
                rs.getBoolean("sign_language"), rs.getBoolean("captioning"), speakers, (Integer) rs.getObject("capacity"));
    }

    void save(Room room) {
        jdbc.sql("""
                        insert into programme_room (id, event_id, name, capacity, step_free, position)
                        values (:id, :event, :name, :capacity, :stepFree, :position)
                        on conflict (id) do update
                           set name = excluded.name,
                               capacity = excluded.capacity,
                               step_free = excluded.step_free,
                               position = excluded.position
                        """)
                .param("id", room.id().value())
                .param("event", room.event().value())
                .param("name", room.name())
                .param("capacity", room.capacity())
                .param("stepFree", room.stepFree())
                .param("position", room.position())
                .update();
    }

    void save(Speaker speaker) {
        jdbc.sql("""
                        insert into programme_speaker (id, event_id, name, role, organization, bio, consent)
                        values (:id, :event, :name, :role, :organization, :bio, :consent)
                        on conflict (id) do update
                           set name = excluded.name,
                               role = excluded.role,
                               organization = excluded.organization,
                               bio = excluded.bio,
                               consent = excluded.consent
                        """)
                .param("id", speaker.id().value())
                .param("event", speaker.event().value())
                .param("name", speaker.name())
                .param("role", speaker.role())
                .param("organization", speaker.organization())
                .param("bio", speaker.bio())
                .param("consent", speaker.consent())
                .update();
    }

    void save(Session session) {
        jdbc.sql("""
                        insert into programme_session (id, event_id, title, description, kind, starts_at, ends_at,
                                                       room_id, language, sign_language, captioning, capacity)
                        values (:id, :event, :title, :description, :kind, :start, :end, :room, :language,
                                :signLanguage, :captioning, :capacity)
                        on conflict (id) do update
                           set title = excluded.title,
                               description = excluded.description,
                               kind = excluded.kind,
                               starts_at = excluded.starts_at,
                               ends_at = excluded.ends_at,
                               room_id = excluded.room_id,
                               language = excluded.language,
                               sign_language = excluded.sign_language,
                               captioning = excluded.captioning,
                               capacity = excluded.capacity
                        """)
                .param("id", session.id().value())
                .param("event", session.event().value())
                .param("title", session.title())
                .param("description", session.description())
                .param("kind", session.kind().name())
                .param("start", SqlTimes.utc(session.start()))
                .param("end", SqlTimes.utc(session.end()))
                .param("room", session.room() == null ? null : session.room().value())
                .param("language", session.language())
                .param("signLanguage", session.signLanguage())
                .param("captioning", session.captioning())
                .param("capacity", session.capacity())
                .update();
        jdbc.sql("""
                        delete from programme_session_speaker
                         where session_id = :id
                        """)
                .param("id", session.id().value())
                .update();
        int position = 0;
        for (SpeakerId speaker : session.speakers()) {
            jdbc.sql("""
                            insert into programme_session_speaker (session_id, speaker_id, position)
                            values (:session, :speaker, :position)
                            """)
                    .param("session", session.id().value())
                    .param("speaker", speaker.value())
                    .param("position", position++)
                    .update();
        }
    }

    boolean delete(EventId event, RoomId room) {
        return deleteFrom("programme_room", event, room.value());
    }

    boolean delete(EventId event, SpeakerId speaker) {
        return deleteFrom("programme_speaker", event, speaker.value());
    }

    boolean delete(EventId event, SessionId session) {
        return deleteFrom("programme_session", event, session.value());
    }

    /** Deletes one row of the event's programme; {@code table} is one of this class's own tables. */
    private boolean deleteFrom(String table, EventId event, UUID id) {
        return jdbc.sql("delete from " + table + " where id = :id and event_id = :event")
                .param("id", id)
                .param("event", event.value())
                .update() == 1;
    }
}
