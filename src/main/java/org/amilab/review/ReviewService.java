package org.amilab.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amilab.base.UserIds;
import org.amilab.content.ContentService;
import org.amilab.content.ReviewCard;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's key-takeaway review: which card comes next (cards due first, then new
 * ones up to a daily limit), answering it (scheduled by FSRS-6), undoing the last answer, and the
 * history by day. Days are UTC days.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReviewService {

    /** New cards a learner may start in one day, so that a backlog of reviews does not pile up tomorrow. */
    public static final int NEW_CARDS_PER_DAY = 20;

    private final StoredCardRepository cards;
    private final StoredAnswerRepository answers;
    private final ContentService content;
    private final UserIds userIds;
    private final Clock clock;
    private final Fsrs fsrs = new Fsrs(FsrsParameters.DEFAULTS);
    private final boolean fuzz;

    ReviewService(StoredCardRepository cards, StoredAnswerRepository answers, ContentService content, UserIds userIds,
            Clock clock, ReviewProperties properties) {
        this.cards = cards;
        this.answers = answers;
        this.content = content;
        this.userIds = userIds;
        this.clock = clock;
        this.fuzz = properties.fuzz();
    }

    @Transactional(readOnly = true)
    public ReviewQueue queue() {
        long learner = learner();
        Instant now = now();
        List<StoredCard> met = metCards(learner);
        int due = (int) met.stream().filter(card -> !card.schedule().due().isAfter(now)).count();
        Optional<Instant> nextDue = met.stream().map(card -> card.schedule().due()).filter(at -> at.isAfter(now))
                .min(Comparator.naturalOrder());
        return new ReviewQueue(due, newLeftToday(learner, now), notMet(met).size(), nextDue);
    }

    /** The card to recall now, if any: the longest overdue first, then a new card while today's limit allows. */
    @Transactional(readOnly = true)
    public Optional<ReviewPrompt> next() {
        long learner = learner();
        Instant now = now();
        List<StoredCard> met = metCards(learner);
        Map<String, ReviewCard> byId = content.cards().stream().collect(Collectors.toMap(ReviewCard::id, Function.identity()));
        Optional<ReviewPrompt> due = met.stream().filter(card -> !card.schedule().due().isAfter(now))
                .min(Comparator.comparing(card -> card.schedule().due()))
                .map(card -> prompt(learner, byId.get(card.cardId()), card.schedule(), false, now));
        if (due.isPresent() || newLeftToday(learner, now) == 0) {
            return due;
        }
        return notMet(met).stream().findFirst().map(card -> prompt(learner, card, CardSchedule.fresh(now), true, now));
    }

    /** Records the answer and schedules the card's next review; returns when it is next due. */
    public Instant answer(String cardId, Rating rating) {
        long learner = learner();
        Instant now = now();
        if (content.cards().stream().noneMatch(card -> card.id().equals(cardId))) {
            throw new IllegalArgumentException("There is no review card '" + cardId + "'.");
        }
        Optional<StoredCard> stored = cards.findByUserIdAndCardId(learner, cardId);
        if (stored.isEmpty() && newLeftToday(learner, now) == 0) {
            throw new IllegalArgumentException("Today's " + NEW_CARDS_PER_DAY + " new cards are done; this one waits"
                    + " for tomorrow.");
        }
        Optional<CardSchedule> before = stored.map(StoredCard::schedule);
        CardSchedule schedule = before.orElseGet(() -> CardSchedule.fresh(now));
        CardSchedule after = scheduler(learner, cardId, schedule).review(schedule, rating, now);
        StoredCard card = stored.orElseGet(() -> new StoredCard(learner, cardId, after));
        card.set(after);
        cards.saveAndFlush(card);
        answers.save(new StoredAnswer(learner, cardId, rating, now, before));
        return after.due();
    }

    /** Takes back the learner's latest answer: the card is scheduled exactly as before it. Returns its card id. */
    public Optional<String> undoLastAnswer() {
        long learner = learner();
        Optional<StoredAnswer> last = answers.findFirstByUserIdOrderByIdDesc(learner);
        last.ifPresent(answer -> {
            Optional<StoredCard> card = cards.findByUserIdAndCardId(learner, answer.cardId());
            answer.before().ifPresentOrElse(before -> card.ifPresent(stored -> {
                stored.set(before);
                cards.save(stored);
            }), () -> card.ifPresent(cards::delete));
            answers.delete(answer);
        });
        return last.map(StoredAnswer::cardId);
    }

    /** The cards the learner has learned: past their learning steps and not forgotten since. */
    @Transactional(readOnly = true)
    public Set<String> learnedCardIds() {
        return metCards(learner()).stream().filter(card -> card.schedule().state() == ReviewState.REVIEW)
                .map(StoredCard::cardId).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Answers per UTC day over the last year, for the calendar heatmap, and the streak: days in a row
     * with at least one answer, up to today (a streak still counts until today ends).
     */
    @Transactional(readOnly = true)
    public ReviewHistory history() {
        LocalDate today = today(now());
        Instant yearAgo = today.minusDays(365).atStartOfDay(ZoneOffset.UTC).toInstant();
        var perDay = new TreeMap<LocalDate, Integer>();
        answers.findByUserIdAndReviewedAtGreaterThanEqual(learner(), yearAgo)
                .forEach(answer -> perDay.merge(today(answer.reviewedAt()), 1, Integer::sum));
        LocalDate day = perDay.containsKey(today) ? today : today.minusDays(1);
        int streak = 0;
        while (perDay.containsKey(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return new ReviewHistory(perDay, streak);
    }

    private ReviewPrompt prompt(long learner, ReviewCard card, CardSchedule schedule, boolean firstTime, Instant now) {
        var waits = new EnumMap<Rating, Duration>(Rating.class);
        scheduler(learner, card.id(), schedule).nextDue(schedule, now)
                .forEach((rating, due) -> waits.put(rating, Duration.between(now, due)));
        return new ReviewPrompt(card, firstTime, waits);
    }

    /**
     * The scheduler for this card's next answer. Its fuzz is drawn from the learner, the card and its
     * last review rather than at random, so the wait each button shows is the wait the answer gets.
     */
    private Fsrs scheduler(long learner, String cardId, CardSchedule schedule) {
        if (!fuzz) {
            return fsrs;
        }
        long seed = learner * 0x9E3779B97F4A7C15L ^ cardId.hashCode() * 0xC2B2AE3D27D4EB4FL
                ^ schedule.lastReview().map(Instant::toEpochMilli).orElse(0L);
        return fsrs.fuzzedBy(new SplittableRandom(seed).nextDouble());
    }

    /** Cards the learner has answered that the course still has (a card removed from content drops out). */
    private List<StoredCard> metCards(long learner) {
        Set<String> inCourse = content.cards().stream().map(ReviewCard::id).collect(Collectors.toSet());
        return cards.findByUserId(learner).stream().filter(card -> inCourse.contains(card.cardId())).toList();
    }

    private List<ReviewCard> notMet(List<StoredCard> met) {
        Set<String> metIds = met.stream().map(StoredCard::cardId).collect(Collectors.toSet());
        return content.cards().stream().filter(card -> !metIds.contains(card.id())).toList();
    }

    private int newLeftToday(long learner, Instant now) {
        Instant startOfDay = today(now).atStartOfDay(ZoneOffset.UTC).toInstant();
        long startedToday = answers.findByUserIdAndReviewedAtGreaterThanEqual(learner, startOfDay).stream()
                .filter(answer -> answer.before().isEmpty()).count();
        return (int) Math.max(0, NEW_CARDS_PER_DAY - startedToday);
    }

    private static LocalDate today(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private long learner() {
        return userIds.signedIn().orElseThrow(() -> new IllegalStateException("Sign in to review cards."));
    }
}
