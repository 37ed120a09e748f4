package org.amilab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LessonRendererTest {

    private final List<ContentProblem> problems = new ArrayList<>();

    @Test
    void rawHtmlAndScriptsNeverReachThePage() {
        String html = render("## Intro\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "[click](javascript:alert(3))", Map.of()).html();
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:")
                .contains("&lt;script&gt;");
    }

    @Test
    void calloutsBecomeLabelledAsides() {
        String html = render("## Intro\n\n> [!WARNING]\n> Terminated is final.\n", Map.of()).html();
        assertThat(html).contains("<aside class=\"callout callout-warning\" role=\"note\">")
                .contains("<p class=\"callout-title\">Warning</p>").contains("Terminated is final.")
                .doesNotContain("[!WARNING]");
    }

    @Test
    void anOrdinaryQuoteStaysAQuote() {
        assertThat(render("## Intro\n\n> Just a quote.\n", Map.of()).html()).contains("<blockquote>");
    }

    @Test
    void lessonLinksBecomeRoutesAndAreCollectedForChecking() {
        var rendered = render("## Intro\n\nRead [states](lesson:instance-lifecycle#states).", Map.of());
        assertThat(rendered.html()).contains("href=\"lessons/instance-lifecycle#states\"");
        assertThat(rendered.links()).containsExactly(new LessonRenderer.LessonLink("instance-lifecycle", "states", 12));
    }

    @Test
    void headingsGetAnchorsSectionsAndALinkToThemselves() {
        var rendered = render("## Boot time\n\nFast.\n\n### Under a minute\n\nVery fast.", Map.of());
        assertThat(rendered.sections()).extracting(Lesson.Section::anchor).containsExactly("boot-time", "under-a-minute");
        assertThat(rendered.sections().get(0).text()).isEqualTo("Fast.");
        assertThat(rendered.html()).contains("<h2 id=\"boot-time\">")
                .contains("href=\"lessons/sample#boot-time\"").contains("aria-label=\"Link to the section Boot time\"");
    }

    @Test
    void tablesScrollInAFocusableRegion() {
        String html = render("## T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", Map.of()).html();
        assertThat(html).contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"><table>");
    }

    @Test
    void svgFiguresAreInlinedWithoutScriptsOrHandlers() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" role=\"img\">"
                + "<title>Box</title><script>alert(1)</script><rect x=\"1\" y=\"1\" width=\"5\" height=\"5\" onclick=\"x()\"/></svg>";
        String html = render("## F\n\n![A box](box.svg)", Map.of("lessons/sample/box.svg", svg)).html();
        var page = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(page.select("figure.lesson-figure > svg[role=img] > title").text()).isEqualTo("Box");
        assertThat(page.select("svg rect[width=5]")).hasSize(1);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("[onclick]")).isEmpty();
        assertThat(page.select("figure details summary").text()).isEqualTo("Text description of the figure");
        assertThat(problems).isEmpty();
    }

    @Test
    void aFigureWithoutATitleIsAProblem() {
        render("## F\n\n![A box](box.svg)", Map.of("lessons/sample/box.svg", "<svg viewBox=\"0 0 1 1\"></svg>"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason()).contains("<title>"));
    }

    private LessonRenderer.Rendered render(String markdown, Map<String, String> files) {
        ContentFiles source = new ContentFiles() {
            @Override
            public Optional<byte[]> bytes(String relativePath) {
                return Optional.ofNullable(files.get(relativePath)).map(String::getBytes);
            }

            @Override
            public Optional<Long> changeStamp() {
                return Optional.empty();
            }
        };
        return new LessonRenderer().render("sample", markdown, 10, "lessons/sample/lesson.md", source, problems);
    }
}
