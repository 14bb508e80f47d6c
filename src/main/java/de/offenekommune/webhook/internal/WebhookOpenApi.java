package de.offenekommune.webhook.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Documents the webhooks in the OpenAPI document ({@code webhooks}, OpenAPI 3.1): one entry per message type,
 * with the Standard Webhooks headers and the JSON body of {@link WebhookMessages}.
 */
@Component
class WebhookOpenApi implements OpenApiCustomizer {

    private static final Map<String, String> EVENTS = Map.of(
            WebhookMessages.PUBLISHED, "An event was published.",
            WebhookMessages.CHANGED, "A public event was changed (facts, time or place).",
            WebhookMessages.POSTPONED, "A public event was postponed; a new date is being sought (statusNote).",
            WebhookMessages.CANCELLED, "A public event was cancelled (statusNote holds the reason).");

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents()
                .addSchemas("WebhookEvent", eventData())
                .addSchemas("WebhookTest", testData());
        EVENTS.keySet().stream().sorted().forEach(type -> openApi.addWebhooks(type,
                webhook(type, EVENTS.get(type), "#/components/schemas/WebhookEvent")));
        openApi.addWebhooks(WebhookMessages.TEST, webhook(WebhookMessages.TEST,
                "Sent with the button “send test” of an endpoint.", "#/components/schemas/WebhookTest"));
    }

    private static PathItem webhook(String type, String summary, String dataSchema) {
        Schema<?> envelope = object(Map.of(
                        "type", constant(type),
                        "timestamp", dateTime("When the message was created"),
                        "data", reference(dataSchema)),
                List.of("type", "timestamp", "data"));
        Operation operation = new Operation()
                .operationId("webhook_" + type.replace('.', '_'))
                .summary(summary)
                .description("""
                        A POST to the registered endpoint, signed as Standard Webhooks specify \
                        (https://www.standardwebhooks.com): the HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>" \
                        with the endpoint's secret (whsec_<base64>, the key is the decoded part), base64-encoded \
                        after "v1,". Any 2xx answer counts as delivered; otherwise the message is sent again \
                        with exponential backoff, with the same webhook-id.""")
                .addParametersItem(header("webhook-id", "Unique id of the message, the same on every retry"))
                .addParametersItem(header("webhook-timestamp", "Seconds since 1970-01-01T00:00Z when the attempt was signed"))
                .addParametersItem(header("webhook-signature", "v1,<base64 HMAC-SHA256>"))
                .requestBody(new RequestBody().required(true).content(new Content()
                        .addMediaType("application/json", new MediaType().schema(envelope))))
                .responses(new ApiResponses().addApiResponse("2XX", new ApiResponse()
                        .description("Received; any other answer or none leads to a retry")
                        .headers(Map.<String, Header>of())));
        return new PathItem().post(operation);
    }

    private static Schema<?> eventData() {
        Map<String, JsonSchema> properties = new LinkedHashMap<>();
        properties.put("id", string("Id of the event", "uuid"));
        properties.put("slug", string("Address part of the event page"));
        properties.put("title", string("Title"));
        properties.put("summary", string("Short summary"));
        properties.put("status", string("PUBLISHED, POSTPONED or CANCELLED"));
        properties.put("statusNote", string("Reason of a cancellation or note of a postponement"));
        properties.put("startsAt", dateTime("Start (UTC)"));
        properties.put("endsAt", dateTime("End (UTC)"));
        properties.put("timeZone", string("IANA time zone of the event, e.g. Europe/Berlin"));
        properties.put("allDay", typed("boolean", "Whether the event lasts whole days"));
        properties.put("url", string("The event page", "uri"));
        properties.put("apiUrl", string("The event in the JSON API", "uri"));
        properties.put("organizer", object(Map.of("id", string("Id of the organization", "uuid"),
                "name", string("Name of the organization")), List.of("id", "name")));
        return object(properties, List.of("id", "slug", "title", "status", "startsAt", "endsAt", "timeZone", "allDay",
                "url", "apiUrl", "organizer"));
    }

    private static Schema<?> testData() {
        return object(Map.of("endpointId", string("Id of the endpoint", "uuid"),
                "message", string("A text saying that this is a test")), List.of("endpointId", "message"));
    }

    private static Parameter header(String name, String description) {
        return new Parameter().in("header").name(name).required(true).description(description)
                .schema(typed("string", null));
    }

    private static JsonSchema object(Map<String, JsonSchema> properties, List<String> required) {
        JsonSchema schema = typed("object", null);
        properties.forEach((name, property) -> schema.addProperty(name, property));
        schema.setRequired(required);
        return schema;
    }

    private static JsonSchema string(String description, String format) {
        JsonSchema schema = string(description);
        schema.setFormat(format);
        return schema;
    }

    private static JsonSchema constant(String value) {
        JsonSchema schema = string("The message type, here " + value);
        schema.setEnum(List.of(value));
        return schema;
    }

    private static JsonSchema reference(String ref) {
        JsonSchema schema = new JsonSchema();
        schema.set$ref(ref);
        return schema;
    }

    private static JsonSchema string(String description) {
        return typed("string", description);
    }

    private static JsonSchema dateTime(String description) {
        return string(description, "date-time");
    }

    private static JsonSchema typed(String type, String description) {
        JsonSchema schema = new JsonSchema();
        schema.setTypes(Set.of(type));
        schema.setDescription(description);
        return schema;
    }
}
