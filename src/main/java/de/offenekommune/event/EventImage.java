package de.offenekommune.event;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The image of an event as pages, feeds and link previews show it: a few widths of one picture, its
 * alternative text and an optional credit or licence line.
 *
 * @param renditions the widths available, narrowest first; never empty
 */
public record EventImage(String alt, String credit, String contentType, List<Rendition> renditions) {

    /** One width of the image, at a site-relative {@code path} that never changes its content. */
    public record Rendition(String path, int width, int height) {
    }

    public EventImage {
        renditions = List.copyOf(renditions);
        if (renditions.isEmpty()) {
            throw new IllegalArgumentException("An image needs at least one rendition");
        }
    }

    /** The widest rendition: for link previews, feeds and structured data. */
    public Rendition largest() {
        return renditions.get(renditions.size() - 1);
    }

    /** The rendition that suits a card or an embed (about 960 pixels wide, or the widest one below). */
    public Rendition medium() {
        return renditions.stream().filter(r -> r.width() <= 960).reduce((a, b) -> b).orElse(renditions.get(0));
    }

    /** The {@code srcset} attribute value, e.g. {@code /media/images/ab12-480.jpg 480w, …}. */
    public String srcset() {
        return renditions.stream().map(r -> r.path() + " " + r.width() + "w").collect(Collectors.joining(", "));
    }
}
