package org.amilab.progress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonProgressRepository extends JpaRepository<LessonProgress, Long> {

    List<LessonProgress> findByUsername(String username);

    boolean existsByUsernameAndLessonId(String username, String lessonId);

    void deleteByUsernameAndLessonId(String username, String lessonId);
}
