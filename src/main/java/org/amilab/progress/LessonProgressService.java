package org.amilab.progress;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amilab.content.ContentService;
import org.amilab.content.LessonCompletion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in learner's finished lessons; always their own, as the name comes from the security context. */
@Service
@Transactional
public class LessonProgressService implements LessonCompletion {

    private final LessonProgressRepository progress;
    private final ContentService content;
    private final Clock clock;

    LessonProgressService(LessonProgressRepository progress, ContentService content, Clock clock) {
        this.progress = progress;
        this.content = content;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canTrack() {
        return currentUsername().isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> doneLessonIds() {
        return currentUsername().map(name -> progress.findByUsername(name).stream()
                .map(LessonProgress::getLessonId).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void setDone(String lessonId, boolean done) {
        String username = currentUsername().orElseThrow();
        if (content.lesson(lessonId).isEmpty()) {
            throw new IllegalArgumentException("There is no lesson '" + lessonId + "'.");
        }
        boolean already = progress.existsByUsernameAndLessonId(username, lessonId);
        if (done && !already) {
            progress.save(new LessonProgress(username, lessonId, clock.instant()));
        } else if (!done && already) {
            progress.deleteByUsernameAndLessonId(username, lessonId);
        }
    }

    private static Optional<String> currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(auth.getName());
    }
}
