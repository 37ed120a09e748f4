package org.amilab.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.amilab.base.UserIds;
import org.amilab.content.ContentService;
import org.amilab.content.Observed;
import org.amilab.playground.PlaygroundRef;
import org.amilab.playground.PlaygroundService;
import org.amilab.content.Question;
import org.amilab.content.Quiz;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's quiz attempts: starting one (drawn from the bank, choices shuffled, saved
 * at once so that its time is measured here and a reload shows the same questions), submitting it
 * once, and reading their own attempts back. Another learner's attempt is "not found".
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class QuizService {

    private final StoredAttemptRepository attempts;
    private final ContentService content;
    private final UserIds userIds;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final PlaygroundService playgrounds;

    QuizService(StoredAttemptRepository attempts, ContentService content, UserIds userIds,
            ApplicationEventPublisher publisher, Clock clock, PlaygroundService playgrounds) {
        this.attempts = attempts;
        this.content = content;
        this.userIds = userIds;
        this.publisher = publisher;
        this.clock = clock;
        this.playgrounds = playgrounds;
    }

    /** The learner's unfinished attempt at this quiz, or a new one drawn from its bank. */
    public QuizAttempt start(String lessonId) {
        Quiz quiz = quiz(lessonId);
        long learner = learner();
        Optional<StoredAttempt> open = attempts
                .findFirstByUserIdAndLessonIdAndSubmittedAtIsNullOrderByStartedAtDesc(learner, lessonId);
        if (open.isPresent()) {
            return view(open.get(), quiz);
        }
        var bank = new ArrayList<>(quiz.questions());
        Collections.shuffle(bank, ThreadLocalRandom.current());
        return begin(learner, quiz, bank.subList(0, quiz.draw()), Optional.empty());
    }

    /** The learner's attempt at this quiz that is started and not yet submitted, if any. */
    @Transactional(readOnly = true)
    public Optional<QuizAttempt> openAttempt(String lessonId) {
        Quiz quiz = quiz(lessonId);
        return attempts.findFirstByUserIdAndLessonIdAndSubmittedAtIsNullOrderByStartedAtDesc(learner(), lessonId)
                .map(attempt -> view(attempt, quiz));
    }

    /** A new attempt with only the questions a submitted attempt did not get fully right. */
    public QuizAttempt retakeMissed(long attemptId) {
        StoredAttempt earlier = own(attemptId);
        Quiz quiz = quiz(earlier.lessonId());
        QuizAttempt done = view(earlier, quiz);
        if (!done.submitted()) {
            throw new IllegalArgumentException("This attempt has not been submitted yet.");
        }
        List<Question> missed = done.missed().stream().flatMap(asked -> asked.question().stream()).toList();
        if (missed.isEmpty()) {
            throw new IllegalArgumentException("Every question of this attempt was answered right: nothing to retake.");
        }
        attempts.findFirstByUserIdAndLessonIdAndSubmittedAtIsNullOrderByStartedAtDesc(earlier.userId(),
                earlier.lessonId()).ifPresent(attempts::delete);
        var shuffled = new ArrayList<>(missed);
        Collections.shuffle(shuffled, ThreadLocalRandom.current());
        return begin(earlier.userId(), quiz, shuffled, Optional.of(attemptId));
    }

    /** Leaves the unfinished attempt, so that the next start draws afresh. */
    public void abandon(long attemptId) {
        StoredAttempt attempt = own(attemptId);
        if (attempt.submittedAt().isPresent()) {
            throw new IllegalArgumentException("A submitted attempt is kept.");
        }
        attempts.delete(attempt);
    }

    /**
     * Whether the learner's free playground shows this task of their open attempt done now, so that
     * they can check before submitting; submitting checks again. The playground is read in its own
     * transactions: a learner's first look creates it.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean checkPlayground(long attemptId, String questionId) {
        StoredAttempt attempt = own(attemptId);
        boolean asked = StoredAnswers.asked(attempt.asked()).stream().anyMatch(q -> q.question().equals(questionId));
        return quiz(attempt.lessonId()).question(questionId).filter(question -> asked)
                .filter(Question.PlaygroundTask.class::isInstance).map(Question.PlaygroundTask.class::cast)
                .map(task -> task.doneIn(playgrounds.open(PlaygroundRef.FREE).observed()))
                .orElseThrow(() -> new IllegalArgumentException("Question '" + questionId
                        + "' is not a playground task of this attempt."));
    }

    /**
     * Scores the answers (a question left out earns nothing) and keeps them. Each answer must fit its
     * question; an attempt is submitted once. A playground task is answered here, by checking the
     * learner's free playground, whatever the browser sent for it.
     */
    public QuizAttempt submit(long attemptId, Map<String, Answer> answers) {
        StoredAttempt attempt = own(attemptId);
        if (attempt.submittedAt().isPresent()) {
            throw new IllegalArgumentException("This attempt was already submitted.");
        }
        Quiz quiz = quiz(attempt.lessonId());
        List<StoredAnswers.AskedQuestion> asked = StoredAnswers.asked(attempt.asked());
        Set<String> askedIds = asked.stream().map(StoredAnswers.AskedQuestion::question).collect(Collectors.toSet());
        answers.keySet().stream().filter(id -> !askedIds.contains(id)).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("Question '" + id + "' is not part of this attempt.");
        });
        var given = new ArrayList<StoredAnswers.GivenAnswer>();
        var points = new LinkedHashMap<String, Double>();
        Supplier<Observed> playground = memoized(() -> playgrounds.open(PlaygroundRef.FREE).observed());
        for (StoredAnswers.AskedQuestion question : asked) {
            Optional<Question> current = quiz.question(question.question());
            Optional<Answer> answer = current.filter(Question.PlaygroundTask.class::isInstance)
                    .map(task -> Optional.<Answer>of(new Answer.TrueOrFalse(((Question.PlaygroundTask) task)
                            .doneIn(playground.get()))))
                    .orElseGet(() -> Optional.ofNullable(answers.get(question.question())));
            double earned = current.flatMap(known -> answer.map(value -> Scoring.points(known, value))).orElse(0.0);
            given.add(StoredAnswers.GivenAnswer.of(question.question(), earned, answer));
            points.put(question.question(), earned);
        }
        double percent = asked.isEmpty() ? 0 : 100 * points.values().stream().mapToDouble(Double::doubleValue).sum()
                / asked.size();
        // a sum of thirds can fall a hair short of a whole
        boolean passed = percent + 1e-9 >= quiz.passMark();
        attempt.submit(now(), StoredAnswers.answers(given), percent, passed);
        attempts.saveAndFlush(attempt);
        publisher.publishEvent(new QuizAttempted(attempt.userId(), attempt.lessonId(), attempt.id(), percent, passed,
                points));
        return view(attempt, quiz);
    }

    @Transactional(readOnly = true)
    public QuizAttempt attempt(long attemptId) {
        StoredAttempt attempt = own(attemptId);
        return view(attempt, quiz(attempt.lessonId()));
    }

    /** The learner's submitted attempts at a quiz, newest first. */
    @Transactional(readOnly = true)
    public List<QuizAttempt> attempts(String lessonId) {
        Quiz quiz = quiz(lessonId);
        return attempts.findByUserIdAndLessonIdOrderByStartedAtDesc(learner(), lessonId).stream()
                .filter(attempt -> attempt.submittedAt().isPresent())
                .map(attempt -> view(attempt, quiz)).toList();
    }

    /** Per lesson, the learner's best score so far and whether any attempt passed. */
    @Transactional(readOnly = true)
    public Map<String, BestScore> bestScores() {
        var best = new HashMap<String, BestScore>();
        for (StoredAttempt attempt : attempts.findByUserIdAndSubmittedAtIsNotNull(learner())) {
            double percent = attempt.scorePercent().orElse(0.0);
            best.merge(attempt.lessonId(), new BestScore(percent, attempt.passed(), 1), BestScore::with);
        }
        return Map.copyOf(best);
    }

    /** The best score of a learner's attempts at one quiz, whether one passed, and how many there were. */
    public record BestScore(double percent, boolean passed, int attempts) {

        BestScore with(BestScore other) {
            return new BestScore(Math.max(percent, other.percent), passed || other.passed, attempts + other.attempts);
        }
    }

    private QuizAttempt begin(long learner, Quiz quiz, List<Question> questions, Optional<Long> retakeOf) {
        var asked = questions.stream().map(question -> new StoredAnswers.AskedQuestion(question.id(), shuffled(question)))
                .toList();
        var stored = attempts.saveAndFlush(new StoredAttempt(learner, quiz.lessonId(), now(),
                StoredAnswers.asked(asked), retakeOf.orElse(null)));
        return view(stored, quiz);
    }

    /** The playground is looked at once per submission, and only if the attempt has a task for it. */
    private static <T> Supplier<T> memoized(Supplier<T> look) {
        var seen = new ArrayList<T>(1);
        return () -> {
            if (seen.isEmpty()) {
                seen.add(look.get());
            }
            return seen.get(0);
        };
    }

    /** The order a question's parts are shown in: choices and items shuffled; a statement or a number has none. */
    private static List<String> shuffled(Question question) {
        List<String> parts;
        if (question instanceof Question.SingleChoice single) {
            parts = single.choices().stream().map(Question.Choice::text).toList();
        } else if (question instanceof Question.MultipleChoice multiple) {
            parts = multiple.choices().stream().map(Question.Choice::text).toList();
        } else if (question instanceof Question.Ordering ordering) {
            parts = ordering.items();
        } else if (question instanceof Question.Matching matching) {
            parts = matching.pairs().stream().map(Question.Matching.Pair::item).toList();
        } else {
            return List.of();
        }
        var shuffled = new ArrayList<>(parts);
        // an ordering shown already in order would give its answer away
        do {
            Collections.shuffle(shuffled, ThreadLocalRandom.current());
        } while (question instanceof Question.Ordering && shuffled.equals(parts));
        return shuffled;
    }

    private QuizAttempt view(StoredAttempt attempt, Quiz quiz) {
        Map<String, StoredAnswers.GivenAnswer> given = attempt.answers().map(StoredAnswers::answers).orElse(List.of())
                .stream().collect(Collectors.toMap(StoredAnswers.GivenAnswer::question, answer -> answer));
        var questions = StoredAnswers.asked(attempt.asked()).stream().map(asked -> {
            Optional<StoredAnswers.GivenAnswer> answer = Optional.ofNullable(given.get(asked.question()));
            return new QuizAttempt.Asked(asked.question(), quiz.question(asked.question()), asked.shown(),
                    answer.flatMap(StoredAnswers.GivenAnswer::answer),
                    answer.map(StoredAnswers.GivenAnswer::points).orElse(0.0));
        }).toList();
        Optional<QuizAttempt.Result> result = attempt.submittedAt().map(at -> new QuizAttempt.Result(
                attempt.scorePercent().orElse(0.0), attempt.passed(), at, Duration.between(attempt.startedAt(), at)));
        return new QuizAttempt(attempt.id(), attempt.lessonId(), quiz.passMark(), attempt.startedAt(), questions, result);
    }

    private StoredAttempt own(long attemptId) {
        long learner = learner();
        return attempts.findById(attemptId).filter(attempt -> attempt.userId() == learner)
                .orElseThrow(() -> new IllegalArgumentException("There is no quiz attempt " + attemptId + " of yours."));
    }

    private Quiz quiz(String lessonId) {
        return content.quiz(lessonId)
                .orElseThrow(() -> new IllegalArgumentException("Lesson '" + lessonId + "' has no quiz."));
    }

    /** To the microsecond, as the database keeps it, so that an attempt read back equals the one returned. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private long learner() {
        return userIds.signedIn().orElseThrow(() -> new IllegalStateException("Sign in to take a quiz."));
    }
}
