package de.offenekommune.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server that takes a message and never confirms it: it answers the SMTP dialogue up to the
 * end of the message's data and then stays silent, as a server does that hangs while accepting. It
 * remembers the Message-ID of each message it swallowed.
 */
final class StallingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<String> swallowedMessageIds = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    StallingSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = daemon("stalling-smtp", this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Message-IDs of the messages whose data arrived and that were never confirmed. */
    List<String> swallowedMessageIds() {
        return List.copyOf(swallowedMessageIds);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.add(connection);
                daemon("stalling-smtp-connection", () -> converse(connection));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket connection) {
        try (connection) {
            BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = connection.getOutputStream();
            reply(out, "220 stalling.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(java.util.Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 stalling.test");
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    String messageId = null;
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        if (messageId == null && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                            messageId = line.substring(11).strip();
                        }
                    }
                    swallowedMessageIds.add(String.valueOf(messageId));
                    // and no answer, ever: the sender waits in the middle of the hand-off
                    in.read();
                    return;
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the sender went away
        }
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : connections) {
            connection.close();
        }
        acceptor.interrupt();
    }
}
