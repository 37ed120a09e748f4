package org.amilab.progress;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.amilab.base.SignedIn;
import org.amilab.content.ContentService;
import org.amilab.content.LessonCompletion;
import org.springframework.security.access.prepost.PreAuthorize;
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
        return SignedIn.username().isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> doneLessonIds() {
        return SignedIn.username().map(name -> progress.findByUsername(name).stream()
                .map(LessonProgress::getLessonId).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void setDone(String lessonId, boolean done) {
        String username = SignedIn.username().orElseThrow();
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
}
