package de.offenekommune;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;

/**
 * Keeps the log lines of the test JVM (the last {@value #KEPT} of them, and every line with an email
 * address), with their exceptions' messages, so that tests can show that no personal data is logged.
 * Logback creates a new instance whenever Spring Boot configures logging again; the lines are shared.
 */
public class LogRecorder extends AppenderBase<ILoggingEvent> {

    private static final int KEPT = 50_000;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final List<String> recent = new ArrayList<>();
    private static final List<String> withEmail = new ArrayList<>();
    private static long written;

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLoggerName().startsWith("com.icegreen.")) {
            return;   // the tests' mail server, which creates a mailbox per recipient
        }
        StringBuilder line = new StringBuilder("[").append(event.getMDCPropertyMap().getOrDefault("requestId", ""))
                .append("] ").append(event.getLoggerName()).append(": ").append(event.getFormattedMessage());
        for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            line.append(" | ").append(cause.getClassName()).append(": ").append(cause.getMessage());
        }
        record(line.toString());
    }

    private static synchronized void record(String line) {
        written++;
        recent.add(line);
        if (recent.size() > KEPT) {
            recent.subList(0, KEPT / 2).clear();
        }
        if (EMAIL.matcher(line).find()) {
            withEmail.add(line);
        }
    }

    /** How many lines were written so far: a position to read {@link #since} from. */
    public static synchronized long position() {
        return written;
    }

    /** The lines written after {@code position} (those still kept). */
    public static synchronized List<String> since(long position) {
        int count = (int) Math.min(written - position, recent.size());
        return List.copyOf(recent.subList(recent.size() - count, recent.size()));
    }

    /** Every line so far that holds something shaped like an email address. */
    public static synchronized List<String> linesWithEmailAddresses() {
        return List.copyOf(withEmail);
    }
}
