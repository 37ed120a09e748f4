package org.amilab.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.amilab.AmiLabSpringTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class LessonImagesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    @TempDir
    Path folder;

    @Test
    void aPictureBesideALessonIsServedWithItsType() {
        var images = images(new ContentFixture(folder).writeBytes("lessons/why-amis/shop.png", PNG));
        var answer = images.picture("why-amis", "shop.png");
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(answer.getBody()).isEqualTo(PNG);
    }

    @Test
    void onlyPicturesOfExistingLessonsAreServed() {
        var images = images(new ContentFixture(folder).writeBytes("lessons/why-amis/shop.png", PNG));
        assertThat(images.picture("no-such-lesson", "shop.png").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(images.picture("why-amis", "missing.png").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(images.picture("why-amis", "lesson.md").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(images.picture("why-amis", "..png").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aLessonShowsItsPictureFromThatAddress() {
        var fixture = new ContentFixture(folder).writeBytes("lessons/why-amis/shop.png", PNG)
                .replace("lessons/why-amis/lesson.md", "## Repeatability", "## Repeatability\n\n![A web shop](shop.png)");
        var service = new ContentService(fixture.files(), Clock.systemUTC());
        assertThat(service.lesson("why-amis").orElseThrow().html())
                .contains("<img src=\"lesson-files/why-amis/shop.png\" alt=\"A web shop\">");
    }

    private LessonImages images(ContentFixture fixture) {
        return new LessonImages(new ContentService(fixture.files(), Clock.systemUTC()));
    }

    @Nested
    @AmiLabSpringTest
    class OverHttp {

        @Autowired
        TestRestTemplate http;

        @Test
        void visitorsReachLessonPicturesWithoutSigningIn() {
            var answer = http.getForEntity("/lesson-files/why-amis/missing.png", String.class);
            assertThat(answer.getStatusCode()).as("not a redirect to the sign-in page").isEqualTo(HttpStatus.NOT_FOUND);
        }
    }
}
