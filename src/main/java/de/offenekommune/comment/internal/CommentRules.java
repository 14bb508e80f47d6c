package de.offenekommune.comment.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import de.offenekommune.comment.internal.ModerationMode;
import de.offenekommune.comment.internal.ReviewReason;
import de.offenekommune.platform.InputText;
import de.offenekommune.platform.Violations;

/**
 * The rules every comment text meets, wherever it comes from (form, API, edit), and the decision
 * whether it may be public at once.
 */
@Component
public class CommentRules {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final CommentProperties properties;
    private final List<Pattern> reviewWords;

    CommentRules(CommentProperties properties) {
        this.properties = properties;
        this.reviewWords = properties.reviewWords().stream()
                .map(CommentRules::fold)
                .filter(word -> !word.isBlank())
                .map(word -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])"))
                .toList();
    }

    /**
     * Cleans and checks a comment text.
     *
     * @return the text to store, or {@code null} when {@code violations} got a problem
     */
    public String checkText(Violations violations, String field, String input) {
        String text = InputText.multiLine(input);
        int before = violations.list().size();
        violations.requireText(field, text, properties.maxLength());
        if (violations.list().size() > before) {
            return null;
        }
        if (CommentText.countLinks(text) > properties.maxLinks()) {
            violations.add(field, "comment.text.tooManyLinks", properties.maxLinks());
            return null;
        }
        return text;
    }

    /**
     * Whether a comment may be public now.
     *
     * @param authorModerates whether the author may moderate this event (organizer or platform moderator)
     */
    public Admission admission(ModerationMode mode, boolean authorModerates, String name, String text) {
        if (!authorModerates && mode == ModerationMode.PRE_MODERATED) {
            return Admission.review(ReviewReason.PRE_MODERATED);
        }
        if (!authorModerates && containsReviewWord(name + "\n" + text)) {
            return Admission.review(ReviewReason.WORD_LIST);
        }
        if (!mode.acceptsComments()) {
            return Admission.review(ReviewReason.CLOSED);
        }
        return Admission.PUBLISH;
    }

    boolean containsReviewWord(String text) {
        String folded = fold(text);
        return reviewWords.stream().anyMatch(word -> word.matcher(folded).find());
    }

    /** Case, accents and punctuation do not hide a word: "C.a.s.i.n.o" is not caught, "CASÍNO" is. */
    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("ß", "ss");
        return NOT_WORD.matcher(decomposed).replaceAll(" ").strip();
    }
}
