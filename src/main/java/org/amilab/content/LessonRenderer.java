package org.amilab.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Markdown of one lesson to safe HTML: GFM tables, heading anchors, call-outs written as
 * {@code > [!NOTE]}, links to other lessons written as {@code lesson:id#anchor}, and SVG figures
 * from the lesson folder inlined so that they can be styled and read by screen readers.
 */
final class LessonRenderer {

    static final String LESSON_SCHEME = "lesson:";
    private static final Pattern CALLOUT = Pattern.compile("^\\[!(NOTE|TIP|WARNING)]\\s*");

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create(), HeadingAnchorExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create(), HeadingAnchorExtension.create()))
            .escapeHtml(true)
            .build();

    /** A link to another lesson, checked once every lesson's anchors are known. */
    record LessonLink(String lessonId, String anchor, int line) {
    }

    record Rendered(String html, List<Lesson.Section> sections, List<LessonLink> links) {
    }

    Rendered render(String lessonId, String markdown, int firstLine, String file, ContentFiles files,
            List<ContentProblem> problems) {
        Node document = parser.parse(markdown);
        var links = new ArrayList<LessonLink>();
        var figures = new ArrayList<String>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (link.getDestination().startsWith(LESSON_SCHEME)) {
                    String target = link.getDestination().substring(LESSON_SCHEME.length());
                    int hash = target.indexOf('#');
                    links.add(new LessonLink(hash < 0 ? target : target.substring(0, hash),
                            hash < 0 ? "" : target.substring(hash + 1), lineOf(link, firstLine)));
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                String name = image.getDestination();
                if (!LessonImages.isAllowedName(name)) {
                    problems.add(new ContentProblem(file, lineOf(image, firstLine), "figure '" + name
                            + "' must be a file in the lesson's own folder ending in " + LessonImages.EXTENSIONS));
                } else if (files.bytes("lessons/" + lessonId + "/" + name).isEmpty()) {
                    problems.add(new ContentProblem(file, lineOf(image, firstLine),
                            "figure '" + name + "' is not in lessons/" + lessonId + "/"));
                } else {
                    figures.add(name);
                }
                visitChildren(image);
            }
        });
        Document html = LessonHtml.parse(renderer.render(document));
        inlineFigures(html, lessonId, figures, files, file, problems);
        styleCallouts(html);
        resolveLessonLinks(html);
        wrapTables(html);
        List<Lesson.Section> sections = sections(html);
        addHeadingLinks(html, lessonId);
        return new Rendered(LessonHtml.clean(html), sections, links);
    }

    private static int lineOf(Node node, int firstLine) {
        return node.getSourceSpans().isEmpty() ? firstLine : firstLine + node.getSourceSpans().get(0).getLineIndex();
    }

    private static void inlineFigures(Document html, String lessonId, List<String> figures, ContentFiles files,
            String file, List<ContentProblem> problems) {
        for (Element img : html.select("img")) {
            String name = img.attr("src");
            if (!figures.contains(name)) {
                img.remove();
                continue;
            }
            if (!name.endsWith(".svg")) {
                // pictures are served as they are; the sanitizer keeps only src and alt
                img.attr("src", LessonImages.PATH + "/" + lessonId + "/" + name);
                continue;
            }
            Element svg = files.read("lessons/" + lessonId + "/" + name).map(LessonHtml::svgFigure).orElse(null);
            if (svg == null) {
                problems.add(new ContentProblem("lessons/" + lessonId + "/" + name, 1, "no <svg> element found"));
                img.remove();
                continue;
            }
            if (svg.selectFirst("title") == null) {
                problems.add(new ContentProblem("lessons/" + lessonId + "/" + name, 1,
                        "the figure needs a <title> (and ideally a <desc>) as its text alternative"));
            }
            Element figure = new Element("figure").addClass("lesson-figure");
            figure.appendChild(svg);
            if (!img.attr("alt").isBlank()) {
                // the picture's words for everyone, not only for screen readers
                Element details = figure.appendElement("details").addClass("figure-text");
                details.appendElement("summary").text("Text description of the figure");
                details.appendElement("p").text(img.attr("alt"));
            }
            Element paragraph = img.parent();
            if (paragraph != null && "p".equals(paragraph.tagName()) && paragraph.childrenSize() == 1
                    && paragraph.text().isBlank()) {
                paragraph.replaceWith(figure);
            } else {
                img.replaceWith(figure);
            }
        }
    }

    private static void styleCallouts(Document html) {
        for (Element quote : html.select("blockquote")) {
            Element first = quote.children().first();
            if (first == null || !"p".equals(first.tagName()) || first.textNodes().isEmpty()) {
                continue;
            }
            TextNode marker = first.textNodes().get(0);
            Matcher matcher = CALLOUT.matcher(marker.getWholeText());
            if (!matcher.find() || first.childNode(0) != marker) {
                continue;
            }
            String kind = matcher.group(1);
            marker.text(marker.getWholeText().substring(matcher.end()));
            Element aside = new Element("aside").addClass("callout").addClass("callout-" + kind.toLowerCase())
                    .attr("role", "note");
            aside.appendElement("p").addClass("callout-title").text(LessonHtml.CALLOUT_TITLES.get(kind));
            aside.insertChildren(1, quote.childNodes());
            quote.replaceWith(aside);
        }
    }

    private static void resolveLessonLinks(Document html) {
        for (Element link : html.select("a[href^=" + LESSON_SCHEME + "]")) {
            link.attr("href", "lessons/" + link.attr("href").substring(LESSON_SCHEME.length()));
        }
    }

    private static void wrapTables(Document html) {
        for (Element table : html.select("table")) {
            // a focusable scroll box, so keyboard users can scroll a wide table on a phone
            table.wrap("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"></div>");
        }
        for (Element code : html.select("pre")) {
            // a long command scrolls sideways: keyboard users reach it the same way
            code.attr("tabindex", "0").attr("role", "region").attr("aria-label", "Command example");
        }
    }

    private static List<Lesson.Section> sections(Document html) {
        var sections = new ArrayList<Lesson.Section>();
        var text = new StringBuilder();
        Element current = null;
        for (Element block : html.body().children()) {
            if (block.tagName().matches("h[23]")) {
                addSection(sections, current, text);
                current = block;
                text.setLength(0);
            } else {
                text.append(block.text()).append(' ');
            }
        }
        addSection(sections, current, text);
        return sections;
    }

    private static void addSection(List<Lesson.Section> sections, Element heading, StringBuilder text) {
        if (heading != null) {
            sections.add(new Lesson.Section(heading.tagName().equals("h2") ? 2 : 3, heading.text(), heading.id(),
                    text.toString().strip()));
        }
    }

    private static void addHeadingLinks(Document html, String lessonId) {
        for (Element heading : html.select("h2[id], h3[id]")) {
            heading.appendElement("a").addClass("heading-link")
                    .attr("href", Lesson.pathOf(lessonId) + "#" + heading.id())
                    .attr("aria-label", "Link to the section " + heading.text())
                    .text("#");
        }
    }

    static Optional<String> anchorProblem(Lesson target, String anchor) {
        if (anchor.isEmpty() || target.sections().stream().anyMatch(section -> section.anchor().equals(anchor))) {
            return Optional.empty();
        }
        return Optional.of("lesson '" + target.id() + "' has no heading with the anchor '#" + anchor + "'");
    }
}
