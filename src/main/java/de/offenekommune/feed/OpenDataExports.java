package de.offenekommune.feed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import de.offenekommune.account.Organization;
import de.offenekommune.account.OrganizationDirectory;
import de.offenekommune.account.OrganizationId;
import de.offenekommune.event.CatalogVersion;
import de.offenekommune.event.Event;
import de.offenekommune.event.EventImage;
import de.offenekommune.event.EventImages;
import de.offenekommune.feed.internal.OpenDataProperties;
import de.offenekommune.media.Documents;
import de.offenekommune.media.EventDocument;
import de.offenekommune.event.EventId;
import de.offenekommune.event.EventSearch;
import de.offenekommune.platform.CsvWriter;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.programme.Programmes;
import de.offenekommune.programme.Session;
import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.annotation.PreDestroy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The full set of public events as CSV and JSON files, written once per catalog version into a
 * temporary folder and served from there: a rush of downloads costs one export, and the database
 * is read in short batches, never holding a connection while a slow client downloads.
 */
@Component
class OpenDataExports {

    static final int BATCH = 1_000;

    /** One generated pair of files. */
    record Export(long version, Instant changedAt, Instant attendance, Path csv, Path json, long count) {

        /** The later of the catalog's change and the last publication of attendance figures. */
        Instant lastModified() {
            return attendance.isAfter(changedAt) ? attendance : changedAt;
        }

        boolean isOf(CatalogVersion catalog, Instant attendancePublished) {
            return version == catalog.version() && attendance.equals(attendancePublished);
        }
    }

    private final EventSearch search;
    private final AttendanceFigures attendance;
    private final OrganizationDirectory organizations;
    private final SiteProperties site;
    private final OpenDataProperties openData;
    private final JsonMapper json;
    private final Programmes programmes;
    private final Path folder;
    private volatile Export current;
    /** Kept one version longer, for downloads that started before the newest export was made. */
    private Export previous;

    private final ObjectProvider<EventImages> images;
    private final Documents documents;

    OpenDataExports(EventSearch search, OrganizationDirectory organizations, SiteProperties site,
            OpenDataProperties openData, JsonMapper json, Programmes programmes, ObjectProvider<EventImages> images,
            Documents documents, AttendanceFigures attendance) throws IOException {
        this.programmes = programmes;
        this.images = images;
        this.documents = documents;
        this.search = search;
        this.attendance = attendance;
        this.organizations = organizations;
        this.site = site;
        this.openData = openData;
        // Every field in every record, null or not, so that each record has the documented shape.
        this.json = json.rebuild()
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.ALWAYS)
                        .withContentInclusion(JsonInclude.Include.ALWAYS))
                .build();
        this.folder = Files.createTempDirectory("ok-open-data");
    }

    /** The export of the current catalog version, made now if there is none yet. */
    Export current() {
        CatalogVersion version = search.version();
        Instant attendancePublished = attendance.lastPublished();
        Export known = current;
        if (known != null && known.isOf(version, attendancePublished)) {
            return known;
        }
        synchronized (this) {
            known = current;
            if (known != null && known.isOf(version, attendancePublished)) {
                return known;
            }
            Export made = write(version, attendancePublished);
            current = made;
            if (previous != null) {
                delete(previous);
            }
            previous = known;
            return made;
        }
    }

    private Export write(CatalogVersion version, Instant attendancePublished) {
        String name = "events-" + version.version() + "-" + attendancePublished.toEpochMilli();
        Path csv = folder.resolve(name + ".csv");
        Path jsonFile = folder.resolve(name + ".json");
        Path csvPart = folder.resolve(csv.getFileName() + ".part");
        Path jsonPart = folder.resolve(jsonFile.getFileName() + ".part");
        long count = 0;
        try (CsvWriter csvOut = CsvWriter.open(new BufferedWriter(Files.newBufferedWriter(csvPart, StandardCharsets.UTF_8),
                1 << 16), CsvWriter.Dialect.RFC_4180);
                Writer jsonOut = new BufferedWriter(Files.newBufferedWriter(jsonPart, StandardCharsets.UTF_8), 1 << 16)) {
            csvOut.row(ExportColumns.ALL.stream().map(ExportColumns.Column::name).toList());
            jsonOut.write("{\"meta\":");
            jsonOut.write(json.writeValueAsString(meta(version)));
            jsonOut.write(",\"events\":[");
            EventId after = null;
            while (true) {
                List<Event> batch = search.findPublicAfter(after, BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                Map<OrganizationId, Organization> organizers = organizations.findAll(
                        batch.stream().map(Event::organizer).collect(Collectors.toSet()));
                List<EventId> ids = batch.stream().map(Event::id).toList();
                Map<EventId, List<Session>> sessions = programmes.sessionsOf(ids);
                Map<EventId, EventImage> pictures = images.stream().map(found -> found.findAll(ids)).findFirst()
                        .orElse(Map.of());
                Map<EventId, List<String>> attached = documents.findByEvents(ids).stream()
                        .collect(Collectors.groupingBy(EventDocument::event,
                                Collectors.mapping(document -> site.absolute(document.path()), Collectors.toList())));
                Map<EventId, Attendance> figures = attendance.of(batch);
                for (Event event : batch) {
                    Map<String, Object> values = ExportColumns.values(
                            new ExportColumns.Row(event, organizers.get(event.organizer()), site,
                                    sessions.getOrDefault(event.id(), List.of()), pictures.get(event.id()),
                                    attached.getOrDefault(event.id(), List.of()), figures.get(event.id())));
                    csvOut.row(csvCells(values));
                    jsonOut.write(count == 0 ? "\n" : ",\n");
                    jsonOut.write(json.writeValueAsString(values));
                    count++;
                }
                after = batch.get(batch.size() - 1).id();
            }
            jsonOut.write("\n]}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(csvPart, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(jsonPart, jsonFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Export(version.version(), version.changedAt(), attendancePublished, csv, jsonFile, count);
    }

    private Map<String, Object> meta(CatalogVersion version) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("title", site.name());
        meta.put("schema", site.absolute("/open-data/events.schema.json"));
        meta.put("license", openData.licenseUri());
        meta.put("licenseName", openData.licenseName());
        meta.put("licenseUrl", openData.licenseUrl());
        meta.put("attribution", attribution());
        meta.put("modified", version.changedAt().toString());
        meta.put("catalog", site.absolute("/open-data/catalog.rdf"));
        return meta;
    }

    String attribution() {
        return openData.attribution() == null || openData.attribution().isBlank() ? site.name() : openData.attribution();
    }

    /** The values as CSV cells: lists joined with "|". */
    static List<Object> csvCells(Map<String, Object> values) {
        return values.values().stream()
                .map(value -> value instanceof List<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.joining("|"))
                        : value)
                .toList();
    }

    private static void delete(Export export) {
        try {
            Files.deleteIfExists(export.csv());
            Files.deleteIfExists(export.json());
        } catch (IOException e) {
            // A download may still be reading it; the temporary folder goes with the process.
        }
    }

    @PreDestroy
    void cleanUp() {
        for (Export export : new Export[] {current, previous}) {
            if (export != null) {
                delete(export);
            }
        }
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // not empty: left for the system's temporary-file cleanup
        }
    }
}
