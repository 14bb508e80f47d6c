package de.offenekommune;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Lazy;

/**
 * Real HTTP against the running application, for what MockMvc cannot show: error pages rendered by
 * the servlet container, compression, headers set by Tomcat.
 */
@TestComponent
@Lazy
public class TestHttp {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final int port;

    TestHttp(@Value("${local.server.port}") int port) {
        this.port = port;
    }

    /** Real HTTP against another application copy on {@code port}, e.g. one started by a test. */
    public static TestHttp onPort(int port) {
        return new TestHttp(port);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", accept).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
