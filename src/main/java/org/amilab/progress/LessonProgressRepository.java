package org.amilab.progress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonProgressRepository extends JpaRepository<LessonProgress, Long> {

    List<LessonProgress> findByUserId(long userId);

    boolean existsByUserIdAndLessonId(long userId, String lessonId);

    void deleteByUserIdAndLessonId(long userId, String lessonId);
}
