package de.offenekommune.media;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The portrait of a person, in a small and a double width for sharp screens.
 *
 * @param renditions ascending widths at site-relative paths whose content never changes
 */
public record Portrait(String alt, List<Rendition> renditions) {

    public record Rendition(String path, int width, int height) {
    }

    public Portrait {
        renditions = List.copyOf(renditions);
        if (renditions.isEmpty()) {
            throw new IllegalArgumentException("A portrait needs at least one rendition");
        }
    }

    public Rendition smallest() {
        return renditions.get(0);
    }

    public Rendition largest() {
        return renditions.get(renditions.size() - 1);
    }

    /** For the {@code srcset} attribute, e.g. {@code /media/portraits/…-160.jpg 160w, …-320.jpg 320w}. */
    public String srcset() {
        return renditions.stream().map(r -> r.path() + " " + r.width() + "w").collect(Collectors.joining(", "));
    }
}
