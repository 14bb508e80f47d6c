package de.offenekommune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.offenekommune.IntegrationTest;
import de.offenekommune.TestHttp;

/**
 * Bodies above the limit (16 MB) are refused with 413 however they are sent: the server answers while
 * the client is still sending, having read no more than the limit. The clients here never finish their
 * bodies, so a server that waited for the end would never answer.
 */
@IntegrationTest
class RequestSizeLimitTests {

    private static final int MB = 1024 * 1024;

    @Autowired
    TestHttp http;

    @Test
    void a_chunked_json_body_above_the_limit_gets_413_before_it_is_read_in_full() throws Exception {
        // GIVEN a client sending 17 MB of JSON in chunks to the registration API, without ever ending the body
        String path = "/api/v1/events/" + UUID.randomUUID() + "/registrations";
        Unfinished upload = new Unfinished(path, "application/json", "{\"name\":\"", 'a', 17 * MB);

        // WHEN the server answers
        String status = upload.statusLine();

        // THEN it refused the body as too large
        assertThat(status).startsWith("HTTP/1.1 413");
    }

    @Test
    void a_chunked_form_above_the_limit_gets_413_before_it_is_read_in_full() throws Exception {
        // GIVEN a client sending a form of 17 MB in chunks, without ever ending the body
        Unfinished upload = new Unfinished("/login", "application/x-www-form-urlencoded", "email=", 'a', 17 * MB);

        // WHEN the server answers
        String status = upload.statusLine();

        // THEN it refused the body as too large
        assertThat(status).startsWith("HTTP/1.1 413");
    }

    @Test
    void a_declared_length_above_the_limit_is_refused_before_the_body_is_read() throws Exception {
        // GIVEN a client announcing 17 MB and sending only the start
        URI base = URI.create(http.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/events/" + UUID.randomUUID() + "/registrations HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (17 * MB) + "\r\n\r\n{\"name\":\"")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            // WHEN the server answers
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();

            // THEN it refused the body at once
            assertThat(status).startsWith("HTTP/1.1 413");
        }
    }

    /** A request whose chunked body of {@code size} bytes is sent from another thread and never ended. */
    private final class Unfinished {

        private final Socket socket;
        private final AtomicLong sent = new AtomicLong();

        Unfinished(String path, String contentType, String start, char filler, int size) throws IOException {
            URI base = URI.create(http.baseUrl());
            socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                    + "Content-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread sender = new Thread(() -> send(out, start, filler, size), "unfinished-upload");
            sender.setDaemon(true);
            sender.start();
        }

        private void send(OutputStream out, String start, char filler, int size) {
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) filler);
            byte[] head = start.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(head, 0, chunk, 0, head.length);
            try {
                while (sent.get() < size) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    sent.addAndGet(chunk.length);
                    Arrays.fill(chunk, 0, head.length, (byte) filler);
                }
            } catch (IOException e) {
                // The server closed the connection after answering: the rest is never read.
            }
        }

        String statusLine() throws IOException {
            try (socket) {
                return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
            }
        }
    }
}
