package de.offenekommune.comment.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import de.offenekommune.comment.internal.ModerationMode;

/**
 * How discussions work on this installation ({@code ok.comments.*}).
 *
 * @param defaultMode          mode of every event whose organizers did not choose one
 * @param pageSize             top-level comments (with their replies) per page of the discussion
 * @param eventPageThreads     top-level comments (with their replies) on the event page itself
 * @param maxLength            characters of one comment
 * @param maxLinks             web addresses in one comment
 * @param editWindow           how long authors may change their text after writing (guests: after confirming)
 * @param minFillTime          a form sent back faster than this was not filled in by a person
 * @param formValidity         how long a comment form stays valid
 * @param confirmationValidity how long a guest may take to confirm; unconfirmed comments are deleted after it
 * @param reportThreshold      distinct reports that hide a comment until it is reviewed
 * @param reviewWords          words or phrases that send a comment to the moderation queue (case-insensitive)
 * @param reservedNames        names guests may not use, besides the site's and the organizer's name
 * @param guestEmailRetention  how long after the event ended guest emails are kept for reply notifications
 * @param duplicateWindow      the same longer text posted again within this period is refused everywhere
 * @param duplicateMinLength   letters and digits from which a text counts as a possible cross-posting
 * @param closeAfter           the discussion takes no new comments from this long after the event ended
 */
@ConfigurationProperties("ok.comments")
public record CommentProperties(
        @DefaultValue("OPEN") ModerationMode defaultMode,
        @DefaultValue("20") int pageSize,
        @DefaultValue("10") int eventPageThreads,
        @DefaultValue("5000") int maxLength,
        @DefaultValue("3") int maxLinks,
        @DefaultValue("PT15M") Duration editWindow,
        @DefaultValue("PT3S") Duration minFillTime,
        @DefaultValue("P1D") Duration formValidity,
        @DefaultValue("P2D") Duration confirmationValidity,
        @DefaultValue("3") int reportThreshold,
        @DefaultValue({"casino", "viagra", "cialis", "kredit ohne schufa", "bitcoin", "krypto", "crypto", "forex",
                "escort", "porn"}) List<String> reviewWords,
        @DefaultValue({"Moderation", "Moderator", "Moderatorin", "Admin", "Administrator", "Administratorin",
                "Administration", "Redaktion", "Veranstalter", "Veranstalterin", "Veranstaltungsteam", "Organisator",
                "Organisatorin", "Support", "System", "Bürgermeister", "Bürgermeisterin", "Stadtverwaltung",
                "Gemeindeverwaltung", "Offene Kommune"}) List<String> reservedNames,
        @DefaultValue Limits limits,
        @DefaultValue("P30D") Duration guestEmailRetention,
        @DefaultValue("P1D") Duration duplicateWindow,
        @DefaultValue("40") int duplicateMinLength,
        @DefaultValue("P30D") Duration closeAfter) {

    /**
     * Rate limits, counted per {@code window}.
     *
     * @param perAddress        comment submissions from one network address (valid or not)
     * @param perEmail          comments by one guest email
     * @param perUser           comments by one logged-in user (also through the API)
     * @param reportsPerAddress reports from one network address
     */
    public record Limits(
            @DefaultValue("20") int perAddress,
            @DefaultValue("6") int perEmail,
            @DefaultValue("30") int perUser,
            @DefaultValue("30") int reportsPerAddress,
            @DefaultValue("PT1H") Duration window) {
    }
}
