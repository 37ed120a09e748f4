package org.amilab.progress;

import java.time.Clock;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.amilab.base.SignedIn;
import org.amilab.base.UserIds;
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
    private final UserIds userIds;
    private final Clock clock;

    LessonProgressService(LessonProgressRepository progress, ContentService content, UserIds userIds, Clock clock) {
        this.progress = progress;
        this.userIds = userIds;
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
        OptionalLong userId = userIds.signedIn();
        return userId.isEmpty() ? Set.of() : progress.findByUserId(userId.getAsLong()).stream()
                .map(LessonProgress::getLessonId).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void setDone(String lessonId, boolean done) {
        long userId = userIds.signedIn().orElseThrow();
        if (content.lesson(lessonId).isEmpty()) {
            throw new IllegalArgumentException("There is no lesson '" + lessonId + "'.");
        }
        boolean already = progress.existsByUserIdAndLessonId(userId, lessonId);
        if (done && !already) {
            progress.save(new LessonProgress(userId, lessonId, clock.instant()));
        } else if (!done && already) {
            progress.deleteByUserIdAndLessonId(userId, lessonId);
        }
    }
}
