package de.offenekommune.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import de.offenekommune.platform.WebLinks;

/**
 * What a comment's plain text looks like on a page: paragraphs, line breaks and {@code http(s)} links
 * that search engines do not follow; everything else is text. No markup of the author ever reaches
 * the page.
 */
public final class CommentText {

    /** Link rel for user-generated content: no ranking credit, no access to the opener, no referrer. */
    public static final String LINK_REL = "nofollow ugc noopener noreferrer";

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"]+");
    private static final Pattern LINK_LIKE = Pattern.compile("(?i)(?:\\bhttps?://|(?<![\\w.@-])www\\.)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?'\u201C\u201D\u201E\u00BB\u00AB)\\]}]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private CommentText() {
    }

    /** The text as HTML: escaped, with {@code <p>} per paragraph, {@code <br>} per line and links. */
    public static String toHtml(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder(text.length() + 64);
        for (String paragraph : PARAGRAPH_BREAK.split(text.strip())) {
            html.append("<p>");
            String[] lines = paragraph.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br>\n");
                }
                appendLine(html, lines[i]);
            }
            html.append("</p>\n");
        }
        return html.toString();
    }

    /** How many web addresses the text contains, linked or not. */
    public static int countLinks(String text) {
        if (text == null) {
            return 0;
        }
        Matcher matcher = LINK_LIKE.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /**
     * The same value for texts that differ only in case, spacing, punctuation or accents, to recognize
     * the same comment posted again.
     */
    static String fingerprint(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("ß", "ss");
        String words = NOT_WORD.matcher(folded).replaceAll(" ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Length of the text once punctuation and spacing are ignored, for the duplicate rule. */
    static int significantLength(String text) {
        return text == null ? 0 : NOT_WORD.matcher(text).replaceAll("").length();
    }

    private static void appendLine(StringBuilder html, String line) {
        Matcher matcher = URL.matcher(line);
        int last = 0;
        while (matcher.find()) {
            String candidate = trimTrailing(matcher.group());
            int end = matcher.start() + candidate.length();
            Optional<String> href = WebLinks.normalize(candidate);
            if (href.isEmpty()) {
                continue;
            }
            html.append(escape(line.substring(last, matcher.start())));
            html.append("<a href=\"").append(escape(href.get())).append("\" rel=\"").append(LINK_REL).append("\">")
                    .append(escape(candidate)).append("</a>");
            last = end;
        }
        html.append(escape(line.substring(last)));
    }

    /** Punctuation after a link belongs to the sentence, except a closing bracket the link opened. */
    private static String trimTrailing(String url) {
        String trimmed = url;
        while (!trimmed.isEmpty() && TRAILING_PUNCTUATION.matcher(trimmed.substring(trimmed.length() - 1)).matches()) {
            if (trimmed.endsWith(")") && count(trimmed, '(') >= count(trimmed, ')')) {
                return trimmed;
            }
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
