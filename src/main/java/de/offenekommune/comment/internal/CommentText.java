package de.offenekommune.comment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
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
    /** Finds addresses as people write them, with the punctuation of the sentence left outside. */
    private static final LinkExtractor URLS = LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL)).build();
    /** Mail addresses are found too, so that the host after an {@code @} does not count as a web address. */
    private static final LinkExtractor WEB_ADDRESSES = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL)).build();
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
        int count = 0;
        for (LinkSpan link : WEB_ADDRESSES.extractLinks(text)) {
            if (link.getType() == LinkType.WWW || link.getType() == LinkType.URL && isWeb(text.substring(link.getBeginIndex(), link.getEndIndex()))) {
                count++;
            }
        }
        return count;
    }

    /**
     * The same value for texts that differ only in case, spacing, punctuation or accents, to recognize
     * the same comment posted again.
     */
    public static String fingerprint(String text) {
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
    public static int significantLength(String text) {
        return text == null ? 0 : NOT_WORD.matcher(text).replaceAll("").length();
    }

    private static void appendLine(StringBuilder html, String line) {
        int last = 0;
        for (LinkSpan link : URLS.extractLinks(line)) {
            String candidate = line.substring(link.getBeginIndex(), link.getEndIndex());
            Optional<String> href = isWeb(candidate) ? WebLinks.normalize(candidate) : Optional.empty();
            if (href.isEmpty()) {
                continue;
            }
            html.append(escape(line.substring(last, link.getBeginIndex())));
            html.append("<a href=\"").append(escape(href.get())).append("\" rel=\"").append(LINK_REL).append("\">")
                    .append(escape(candidate)).append("</a>");
            last = link.getEndIndex();
        }
        html.append(escape(line.substring(last)));
    }

    private static boolean isWeb(String url) {
        String scheme = url.substring(0, Math.max(0, url.indexOf(':'))).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
