package org.amilab.content;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pictures beside a lesson (PNG, JPEG, GIF, WebP), served as they are; SVG figures are inlined into
 * the lesson instead. Lessons are public, so their pictures are too, through their own small
 * security chain that matches nothing else.
 */
@RestController
class LessonImages {

    static final String PATH = "lesson-files";
    static final List<String> EXTENSIONS = List.of(".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp");
    private static final Map<String, MediaType> TYPES = Map.of(".png", MediaType.IMAGE_PNG, ".jpg",
            MediaType.IMAGE_JPEG, ".jpeg", MediaType.IMAGE_JPEG, ".gif", MediaType.IMAGE_GIF, ".webp",
            MediaType.parseMediaType("image/webp"));

    private final ContentService content;

    LessonImages(ContentService content) {
        this.content = content;
    }

    static boolean isAllowedName(String name) {
        return name.matches("[A-Za-z0-9._-]+") && !name.startsWith(".")
                && EXTENSIONS.stream().anyMatch(name.toLowerCase(Locale.ROOT)::endsWith);
    }

    @GetMapping("/" + PATH + "/{lessonId}/{name}")
    ResponseEntity<byte[]> picture(@PathVariable String lessonId, @PathVariable String name) {
        MediaType type = TYPES.entrySet().stream().filter(e -> name.toLowerCase(Locale.ROOT).endsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (type == null || !isAllowedName(name) || content.lesson(lessonId).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return content.lessonFile(lessonId, name)
                .map(bytes -> ResponseEntity.ok().contentType(type)
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @Bean
    @Order(1)
    SecurityFilterChain lessonPictures(HttpSecurity http) throws Exception {
        return http.securityMatcher("/" + PATH + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .build();
    }
}
