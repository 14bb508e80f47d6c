package de.offenekommune.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.ServletWebRequest;

import de.offenekommune.event.CatalogVersion;
import de.offenekommune.event.EventSearch;
import de.offenekommune.feed.internal.FieldDoc;
import de.offenekommune.feed.internal.OpenDataProperties;
import de.offenekommune.platform.SiteProperties;
import de.offenekommune.platform.web.PublicCaching;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data: a page that explains the downloads and their licence, the CSV and JSON exports of all
 * public events, their schema, and the DCAT-AP.de catalog entry for open-data portals.
 */
@Controller
class OpenDataController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    static final MediaType RDF_XML = MediaType.parseMediaType("application/rdf+xml;charset=UTF-8");

    private final OpenDataExports exports;
    private final AttendanceFigures attendance;
    private final DcatCatalog catalog;
    private final EventSearch search;
    private final PublicCaching caching;
    private final OpenDataProperties openData;
    private final SiteProperties site;
    private final MessageSource messages;
    private final JsonMapper json;

    OpenDataController(OpenDataExports exports, DcatCatalog catalog, EventSearch search, PublicCaching caching,
            OpenDataProperties openData, SiteProperties site, MessageSource messages, JsonMapper json,
            AttendanceFigures attendance) {
        this.attendance = attendance;
        this.exports = exports;
        this.catalog = catalog;
        this.search = search;
        this.caching = caching;
        this.openData = openData;
        this.site = site;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/open-data")
    String page(ServletWebRequest web, Model model, Locale locale) {
        CatalogVersion version = search.version();
        if (caching.notModified(web, version.changedAt(), version.version())) {
            return null;
        }
        model.addAttribute("openData", openData);
        model.addAttribute("attribution", exports.attribution());
        model.addAttribute("columns", ExportColumns.ALL.stream()
                .map(column -> new FieldDoc(column.name(), column.type().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        column.required(), messages.getMessage("openData.column." + column.name(), null, locale)))
                .toList());
        return "feed/openData";
    }

    @GetMapping("/open-data/events.csv")
    ResponseEntity<Resource> csv(ServletWebRequest web) {
        return download(web, true);
    }

    @GetMapping("/open-data/events.json")
    ResponseEntity<Resource> json(ServletWebRequest web) {
        return download(web, false);
    }

    @GetMapping(path = "/open-data/events.schema.json", produces = "application/schema+json")
    ResponseEntity<Map<String, Object>> schema(ServletWebRequest web) {
        if (caching.dataNotModified(web, java.time.Instant.EPOCH, "schema")) {
            return null;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (ExportColumns.Column column : ExportColumns.ALL) {
            Map<String, Object> property = new LinkedHashMap<>();
            switch (column.type()) {
                case STRING -> property.put("type", column.required() ? "string" : List.of("string", "null"));
                case URI -> {
                    property.put("type", column.required() ? "string" : List.of("string", "null"));
                    property.put("format", "uri");
                }
                case DATE_TIME -> {
                    property.put("type", column.required() ? "string" : List.of("string", "null"));
                    property.put("format", "date-time");
                }
                case INTEGER -> property.put("type", column.required() ? "integer" : List.of("integer", "null"));
                case NUMBER -> property.put("type", column.required() ? "number" : List.of("number", "null"));
                case BOOLEAN -> property.put("type", "boolean");
                case ARRAY -> {
                    property.put("type", "array");
                    property.put("items", Map.of("type", "string"));
                }
            }
            property.put("description", messages.getMessage("openData.column." + column.name(), null, Locale.ENGLISH));
            properties.put(column.name(), property);
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "object");
        event.put("required", ExportColumns.ALL.stream().filter(ExportColumns.Column::required)
                .map(ExportColumns.Column::name).toList());
        event.put("properties", properties);
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", site.absolute("/open-data/events.schema.json"));
        schema.put("title", "Events of " + site.name());
        schema.put("description", "One object per public event in events.json; the same fields, in the same order, "
                + "are the columns of events.csv (lists joined with '|', empty for null; text starting with = + - @ "
                + "gets a leading apostrophe so that spreadsheets do not run it as a formula).");
        schema.put("type", "object");
        schema.put("required", List.of("meta", "events"));
        schema.put("properties", Map.of("meta", Map.of("type", "object"), "events", Map.of("type", "array", "items",
                Map.of("$ref", "#/$defs/event"))));
        schema.put("$defs", Map.of("event", event));
        return ResponseEntity.ok().header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(schema);
    }

    @GetMapping("/open-data/catalog.rdf")
    ResponseEntity<String> catalog(ServletWebRequest web) {
        if (exportNotModified(web, "catalog")) {
            return null;
        }
        OpenDataExports.Export export = exports.current();
        String body = catalog.write(export, exports.attribution(), size(export.csv()), size(export.json()));
        return ResponseEntity.ok().contentType(RDF_XML).header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(body);
    }

    private ResponseEntity<Resource> download(ServletWebRequest web, boolean csv) {
        if (exportNotModified(web, csv)) {
            return null;
        }
        OpenDataExports.Export export = exports.current();
        String name = csv ? "veranstaltungen.csv" : "veranstaltungen.json";
        return ResponseEntity.ok()
                .contentType(csv ? CSV : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header(HttpHeaders.LINK, "<" + site.absolute("/open-data/events.schema.json") + ">; rel=\"describedby\"",
                        "<" + openData.licenseUrl() + ">; rel=\"license\"")
                .body(new FileSystemResource(csv ? export.csv() : export.json()));
    }

    /** The exports and the catalog change with the events and with each publication of attendance figures. */
    private boolean exportNotModified(ServletWebRequest web, Object variant) {
        CatalogVersion version = search.version();
        java.time.Instant published = attendance.lastPublished();
        java.time.Instant changed = published.isAfter(version.changedAt()) ? published : version.changedAt();
        return caching.dataNotModified(web, changed, version.version(), published.toEpochMilli(), variant);
    }

    private static long size(java.nio.file.Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
