package org.amilab.content;

import java.util.List;
import java.util.Optional;

/** The whole course as read from content/course.yml and the lesson folders, in reading order. */
public record Course(String title, List<CourseModule> modules) {

    public List<Lesson> lessons() {
        return modules.stream().flatMap(module -> module.lessons().stream()).toList();
    }

    public Optional<Lesson> lesson(String id) {
        return lessons().stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }

    public Optional<Lesson> previous(Lesson lesson) {
        int index = lessons().indexOf(lesson);
        return index > 0 ? Optional.of(lessons().get(index - 1)) : Optional.empty();
    }

    public Optional<Lesson> next(Lesson lesson) {
        List<Lesson> all = lessons();
        int index = all.indexOf(lesson);
        return index >= 0 && index < all.size() - 1 ? Optional.of(all.get(index + 1)) : Optional.empty();
    }

    public Optional<CourseModule> moduleOf(Lesson lesson) {
        return modules.stream().filter(module -> module.lessons().contains(lesson)).findFirst();
    }
}
