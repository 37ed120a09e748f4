package org.amilab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentServiceTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @TempDir
    Path folder;

    @Test
    void searchFindsInstanceStoreInTitlesAndTextWithTheMatchSeparated() {
        var service = new ContentService(ContentFiles.folder(ContentFixture.SHIPPED), clock);
        var hits = service.search("Instance Store");
        assertThat(hits).isNotEmpty();
        assertThat(hits).anySatisfy(hit -> assertThat(hit.lesson().id()).isEqualTo("instance-store-vs-ebs"));
        assertThat(hits).allSatisfy(hit -> assertThat(hit.match()).isEqualToIgnoringCase("instance store"));
        assertThat(hits.get(0).before() + hits.get(0).match() + hits.get(0).after())
                .containsIgnoringCase("instance store");
    }

    @Test
    void searchNeedsTwoCharactersAndFindsNothingForNonsense() {
        var service = new ContentService(ContentFiles.folder(ContentFixture.SHIPPED), clock);
        assertThat(service.search("a")).isEmpty();
        assertThat(service.search("zebra-crossing-quokka")).isEmpty();
    }

    @Test
    void anEditedLessonShowsAfterTheNextCheckAndABrokenEditKeepsTheLastGoodVersion() {
        var fixture = new ContentFixture(folder);
        var service = new ContentService(fixture.files(), clock);
        String file = "lessons/why-amis/lesson.md";
        String oldTitle = service.lesson("why-amis").orElseThrow().title();

        fixture.replace(file, "title: " + oldTitle, "title: Why AMIs matter (edited)");
        assertThat(service.lesson("why-amis").orElseThrow().title()).as("within the same second").isEqualTo(oldTitle);
        now.set(now.get().plus(Duration.ofSeconds(2)));
        assertThat(service.lesson("why-amis").orElseThrow().title()).isEqualTo("Why AMIs matter (edited)");

        fixture.replace(file, "minutes: ", "minutes: -");
        now.set(now.get().plus(Duration.ofSeconds(2)));
        assertThat(service.lesson("why-amis").orElseThrow().title()).isEqualTo("Why AMIs matter (edited)");
    }

    @Test
    void anEditedPriceBookIsChargedFromTheNextCheck() {
        var fixture = new ContentFixture(folder);
        var service = new ContentService(fixture.files(), clock);
        var shipped = service.prices();

        fixture.replace("pricing/price-book.yml", "t3.micro: 0.0104", "t3.micro: 0.0208");
        assertThat(service.prices()).as("within the same second").isEqualTo(shipped);
        now.set(now.get().plus(Duration.ofSeconds(2)));

        assertThat(service.prices().hourlyRate("t3.micro", "us-east-1")).isEqualByComparingTo("0.0208");
    }

    @Test
    void contentInTheJarIsReadFromTheClasspath() {
        var service = new ContentService(ContentFiles.classpath("content/"), clock);
        assertThat(service.course().lessons()).hasSize(9);
    }
}
