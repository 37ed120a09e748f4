package org.amilab.content;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The last step before lesson HTML reaches a page: only the elements and attributes lessons are
 * meant to use survive, whatever a content file contains.
 */
final class LessonHtml {

    private static final String BASE = "http://amilab.invalid/";
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("aside", "mark", "nav", "section", "figure", "details", "summary")
            .addAttributes(":all", "class", "id", "role", "aria-label", "aria-hidden", "tabindex")
            .addAttributes("a", "href")
            .addTags("svg", "g", "defs", "marker", "path", "rect", "circle", "line", "polyline", "polygon",
                    "ellipse", "text", "tspan", "title", "desc")
            .addAttributes("svg", "xmlns", "viewbox", "aria-labelledby", "width", "height", "font-family",
                    "preserveaspectratio")
            .addAttributes("g", "data-state", "data-code", "data-from", "data-to", "data-action", "transform")
            .addAttributes("marker", "viewbox", "refx", "refy", "markerwidth", "markerheight", "orient")
            .addAttributes("path", "d", "data-from", "data-to", "data-action")
            .addAttributes("rect", "x", "y", "width", "height", "rx", "ry")
            .addAttributes("circle", "cx", "cy", "r")
            .addAttributes("ellipse", "cx", "cy", "rx", "ry")
            .addAttributes("line", "x1", "y1", "x2", "y2")
            .addAttributes("polyline", "points")
            .addAttributes("polygon", "points")
            .addAttributes("text", "x", "y", "dx", "dy", "text-anchor", "dominant-baseline", "font-size", "font-weight")
            .addAttributes("tspan", "x", "y", "dx", "dy", "text-anchor", "font-size", "font-weight");
    private static final String[] PRESENTATION = {"fill", "stroke", "stroke-width", "stroke-dasharray",
        "stroke-linecap", "stroke-linejoin", "marker-end", "marker-start", "opacity"};

    static {
        for (String tag : new String[] {"svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline",
            "polygon", "text", "tspan"}) {
            SAFELIST.addAttributes(tag, PRESENTATION);
        }
        SAFELIST.removeProtocols("a", "href", "ftp", "mailto");
        SAFELIST.preserveRelativeLinks(true);
    }

    private LessonHtml() {
    }

    static Document parse(String html) {
        return Jsoup.parseBodyFragment(html, BASE);
    }

    static String clean(Document document) {
        var settings = new Document.OutputSettings().prettyPrint(false);
        document.outputSettings(settings);
        String cleaned = Jsoup.clean(document.body().html(), BASE, SAFELIST, settings);
        return "<div class=\"lesson-body\">" + cleaned + "</div>";
    }

    /** A lesson figure's root element, or null; comments and anything unexpected go in {@link #clean}. */
    static Element svgFigure(String svgSource) {
        return Jsoup.parseBodyFragment(svgSource).selectFirst("svg");
    }

    static final Map<String, String> CALLOUT_TITLES = Map.of("NOTE", "Note", "TIP", "Tip", "WARNING", "Warning");
}
