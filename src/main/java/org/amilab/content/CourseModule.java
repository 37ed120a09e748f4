package org.amilab.content;

import java.util.List;

public record CourseModule(String id, String title, List<Lesson> lessons) {
}
