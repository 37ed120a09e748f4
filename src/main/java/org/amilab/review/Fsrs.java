package org.amilab.review;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The FSRS-6 scheduler: given a card's schedule, a rating and the moment of the review, the card's
 * next schedule. Written from the algorithm's published formulas; test vectors from the reference
 * implementation (py-fsrs 6.3) check that it agrees (tools/fsrs). Made with {@link #Fsrs} it has no
 * fuzz, as the vectors; {@link #fuzzedBy} spreads intervals in the review state a little, as the
 * reference does by default, so that cards learned together do not stay due together.
 */
public final class Fsrs {

    private static final double MIN_DIFFICULTY = 1.0;
    private static final double MAX_DIFFICULTY = 10.0;
    private static final long SECONDS_PER_DAY = 86_400;

    /** How much of each part of an interval, in days, the fuzz may move it (the reference's ranges). */
    private static final double[][] FUZZ_RANGES = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.1}, {20.0, Double.POSITIVE_INFINITY, 0.05}};

    private final FsrsParameters parameters;
    private final double decay;
    private final double factor;
    /** Where in its fuzz range an interval lands, from 0 (the shortest) to below 1; empty for none. */
    private final OptionalDouble fuzz;

    public Fsrs(FsrsParameters parameters) {
        this(parameters, OptionalDouble.empty());
    }

    private Fsrs(FsrsParameters parameters, OptionalDouble fuzz) {
        this.parameters = parameters;
        this.decay = -parameters.w(20);
        this.factor = Math.pow(0.9, 1 / decay) - 1;
        this.fuzz = fuzz;
    }

    /**
     * This scheduler with fuzz drawn at {@code draw} (in [0, 1)) for every review it schedules. The
     * caller picks the draw, so that the wait a button shows is the wait the answer then gets.
     */
    public Fsrs fuzzedBy(double draw) {
        if (!(draw >= 0 && draw < 1)) {
            throw new IllegalArgumentException("a fuzz draw is at least 0 and below 1, not " + draw);
        }
        return new Fsrs(parameters, OptionalDouble.of(draw));
    }

    /** The chance the learner recalls the card at {@code at}; 0 for a card never reviewed. */
    public double retrievability(CardSchedule card, Instant at) {
        if (card.memory().isEmpty() || card.lastReview().isEmpty()) {
            return 0;
        }
        long elapsedDays = Math.max(0, wholeDays(card.lastReview().get(), at));
        return Math.pow(1 + factor * elapsedDays / card.memory().get().stability(), decay);
    }

    /** When the card would next be due for each answer, for the buttons' labels. */
    public Map<Rating, Instant> nextDue(CardSchedule card, Instant at) {
        var due = new EnumMap<Rating, Instant>(Rating.class);
        for (Rating rating : Rating.values()) {
            due.put(rating, review(card, rating, at).due());
        }
        return due;
    }

    public CardSchedule review(CardSchedule card, Rating rating, Instant at) {
        Memory memory = nextMemory(card, rating, at);
        return switch (card.state()) {
            case LEARNING -> stepped(parameters.learningSteps(), ReviewState.LEARNING, card, memory, rating, at);
            case RELEARNING -> stepped(parameters.relearningSteps(), ReviewState.RELEARNING, card, memory, rating, at);
            case REVIEW -> rating == Rating.AGAIN && !parameters.relearningSteps().isEmpty()
                    ? new CardSchedule(ReviewState.RELEARNING, OptionalInt.of(0), Optional.of(memory),
                            at.plus(parameters.relearningSteps().get(0)), Optional.of(at))
                    : graduated(memory, at);
        };
    }

    private Memory nextMemory(CardSchedule card, Rating rating, Instant at) {
        if (card.memory().isEmpty()) {
            return new Memory(Math.max(parameters.w(rating.grade() - 1), FsrsParameters.minimumStability()),
                    clampDifficulty(initialDifficulty(rating)));
        }
        Memory memory = card.memory().get();
        boolean sameDay = card.lastReview().map(last -> wholeDays(last, at) < 1).orElse(false);
        double stability = sameDay ? shortTermStability(memory.stability(), rating)
                : longTermStability(memory, retrievability(card, at), rating);
        return new Memory(stability, nextDifficulty(memory.difficulty(), rating));
    }

    /** Learning and relearning walk through short steps; passing the last one (or Easy) graduates the card. */
    private CardSchedule stepped(List<Duration> steps, ReviewState state, CardSchedule card, Memory memory,
            Rating rating, Instant at) {
        int step = card.step().orElse(0);
        boolean pastTheSteps = steps.isEmpty() || step >= steps.size() && rating != Rating.AGAIN;
        if (pastTheSteps || rating == Rating.EASY || rating == Rating.GOOD && step + 1 == steps.size()) {
            return graduated(memory, at);
        }
        Duration wait;
        int nextStep = step;
        if (rating == Rating.AGAIN) {
            nextStep = 0;
            wait = steps.get(0);
        } else if (rating == Rating.HARD) {
            // Hard on the first step waits between the first and the second step
            wait = step > 0 ? steps.get(step)
                    : steps.size() == 1 ? steps.get(0).multipliedBy(3).dividedBy(2)
                    : steps.get(0).plus(steps.get(1)).dividedBy(2);
        } else {
            nextStep = step + 1;
            wait = steps.get(nextStep);
        }
        return new CardSchedule(state, OptionalInt.of(nextStep), Optional.of(memory), at.plus(wait), Optional.of(at));
    }

    private CardSchedule graduated(Memory memory, Instant at) {
        long days = intervalDays(memory.stability());
        if (fuzz.isPresent()) {
            days = fuzzedDays(days, fuzz.getAsDouble());
        }
        return new CardSchedule(ReviewState.REVIEW, OptionalInt.empty(), Optional.of(memory),
                at.plus(Duration.ofDays(days)), Optional.of(at));
    }

    /**
     * An interval of {@code days} moved within its fuzz range to where {@code draw} points: intervals
     * under three days stay, longer ones may move by a share of each of their parts. Rounding is the
     * reference's (halves to even), including its reach to one day past the range's end.
     */
    long fuzzedDays(long days, double draw) {
        if (days < 2.5) {
            return days;
        }
        double delta = 1.0;
        for (double[] range : FUZZ_RANGES) {
            delta += range[2] * Math.max(Math.min(days, range[1]) - range[0], 0.0);
        }
        long longest = parameters.maximumIntervalDays();
        long max = Math.min((long) Math.rint(days + delta), longest);
        long min = Math.min(Math.max(2, (long) Math.rint(days - delta)), max);
        return Math.min((long) Math.rint(draw * (max - min + 1) + min), longest);
    }

    /** Whole days, at least one, at most the longest interval; halves round to even, as the reference does. */
    long intervalDays(double stability) {
        double days = stability / factor * (Math.pow(parameters.desiredRetention(), 1 / decay) - 1);
        return Math.min(Math.max((long) Math.rint(days), 1), parameters.maximumIntervalDays());
    }

    private double initialDifficulty(Rating rating) {
        return parameters.w(4) - Math.pow(Math.E, parameters.w(5) * (rating.grade() - 1)) + 1;
    }

    private double nextDifficulty(double difficulty, Rating rating) {
        double delta = -parameters.w(6) * (rating.grade() - 3);
        double damped = difficulty + (10.0 - difficulty) * delta / 9.0;
        double reverted = parameters.w(7) * initialDifficulty(Rating.EASY) + (1 - parameters.w(7)) * damped;
        return clampDifficulty(reverted);
    }

    private double shortTermStability(double stability, Rating rating) {
        double increase = Math.pow(Math.E, parameters.w(17) * (rating.grade() - 3 + parameters.w(18)))
                * Math.pow(stability, -parameters.w(19));
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1.0);
        }
        return Math.max(stability * increase, FsrsParameters.minimumStability());
    }

    private double longTermStability(Memory memory, double retrievability, Rating rating) {
        double stability = memory.stability();
        double difficulty = memory.difficulty();
        double next;
        if (rating == Rating.AGAIN) {
            double longTerm = parameters.w(11) * Math.pow(difficulty, -parameters.w(12))
                    * (Math.pow(stability + 1, parameters.w(13)) - 1)
                    * Math.pow(Math.E, (1 - retrievability) * parameters.w(14));
            double shortTerm = stability / Math.pow(Math.E, parameters.w(17) * parameters.w(18));
            next = Math.min(longTerm, shortTerm);
        } else {
            double hardPenalty = rating == Rating.HARD ? parameters.w(15) : 1;
            double easyBonus = rating == Rating.EASY ? parameters.w(16) : 1;
            next = stability * (1 + Math.pow(Math.E, parameters.w(8)) * (11 - difficulty)
                    * Math.pow(stability, -parameters.w(9))
                    * (Math.pow(Math.E, (1 - retrievability) * parameters.w(10)) - 1) * hardPenalty * easyBonus);
        }
        return Math.max(next, FsrsParameters.minimumStability());
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }

    /** Whole days from one moment to another, rounded down, as Python's timedelta.days counts them. */
    private static long wholeDays(Instant from, Instant to) {
        return Math.floorDiv(Duration.between(from, to).getSeconds(), SECONDS_PER_DAY);
    }
}
