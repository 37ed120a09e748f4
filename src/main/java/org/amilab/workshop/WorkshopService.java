package org.amilab.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.amilab.base.UserIds;
import org.amilab.content.ContentService;
import org.amilab.content.Lesson;
import org.amilab.playground.OtherPlaygrounds;
import org.amilab.playground.PlaygroundService;
import org.amilab.playground.PlaygroundSummary;
import org.amilab.security.DisplayNames;
import org.amilab.security.JoinAttempts;
import org.amilab.simulator.Money;
import org.amilab.simulator.PlaygroundSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Workshops: an instructor creates and runs their own (an admin may run any); a signed-in learner
 * joins one by its code into a workshop playground of their own, with the workshop's budget. Who
 * is asking is always the signed-in user, checked here on every call.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class WorkshopService implements OtherPlaygrounds {

    private static final Logger log = LoggerFactory.getLogger(WorkshopService.class);
    /** Said for every code that opens nothing, so that a guess learns nothing about which workshops exist. */
    static final String NO_SUCH_CODE = "No open workshop has that code. Check it with your instructor.";
    static final int ANNOUNCEMENT_MAX = 500;

    private final StoredWorkshopRepository workshops;
    private final StoredParticipantRepository participants;
    private final ContentService content;
    private final PlaygroundService playgrounds;
    private final UserIds userIds;
    private final DisplayNames names;
    private final JoinAttempts joinAttempts;
    private final Clock clock;
    private final TransactionTemplate transaction;

    WorkshopService(StoredWorkshopRepository workshops, StoredParticipantRepository participants, ContentService content,
                    PlaygroundService playgrounds, UserIds userIds, DisplayNames names, JoinAttempts joinAttempts,
                    Clock clock, PlatformTransactionManager transactions) {
        this.workshops = workshops;
        this.participants = participants;
        this.content = content;
        this.playgrounds = playgrounds;
        this.userIds = userIds;
        this.names = names;
        this.joinAttempts = joinAttempts;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Creates a workshop run by the signed-in instructor, open for joining, with a code of its own. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Workshop create(WorkshopForm form) {
        Map<WorkshopForm.Field, String> problems = form.problems(courseLessons());
        if (!problems.isEmpty()) {
            throw new WorkshopProblem(problems);
        }
        long instructor = me();
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> workshops.saveAndFlush(new StoredWorkshop(instructor, form.checked(),
                        newCode(), clock.instant())).toWorkshop(0));
            } catch (DataIntegrityViolationException codeTakenMeanwhile) {
                // another instructor's new workshop took the same code a moment ago: draw another
                if (attempt == 3) {
                    throw codeTakenMeanwhile;
                }
            }
        }
    }

    /** The same workshop again for the next class: the same lessons and rules, a new code, no participants. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Workshop copy(UUID id, Instant startsAt) {
        Workshop original = workshop(id);
        Duration length = Duration.between(original.startsAt(), original.endsAt());
        return create(new WorkshopForm(original.title(), original.lessons(), startsAt, startsAt.plus(length),
                original.paced(), original.budgetUsd(), original.passMark()));
    }

    /** The signed-in instructor's workshops, newest first; an admin sees every workshop. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<Workshop> mine() {
        long me = me();
        return transaction.execute(status -> (isAdmin() ? workshops.findAllByOrderByStartsAtDesc()
                : workshops.findByInstructorIdOrderByStartsAtDesc(me)).stream()
                .map(w -> w.toWorkshop((int) participants.countByWorkshopIdAndRemovedAtIsNull(w.id()))).toList());
    }

    /** One workshop the signed-in instructor runs (or any, for an admin). */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Workshop workshop(UUID id) {
        return transaction.execute(status -> {
            StoredWorkshop found = run(id);
            return found.toWorkshop((int) participants.countByWorkshopIdAndRemovedAtIsNull(found.id()));
        });
    }

    /**
     * Who is in the workshop, in the order they joined, each with their workshop playground's
     * summary: one query for the whole class, never a playground load per learner.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<Participant> participants(UUID id) {
        List<StoredParticipant> in = transaction.execute(status ->
                participants.findByWorkshopIdAndRemovedAtIsNullOrderByJoinedAt(run(id).id()));
        List<Long> ids = in.stream().map(StoredParticipant::userId).toList();
        Map<Long, String> shown = names.of(ids);
        Map<Long, PlaygroundSummary> summaries = playgrounds.summariesOf(Workshop.purposeOf(id), ids).stream()
                .collect(Collectors.toMap(PlaygroundSummary::ownerId, s -> s));
        return in.stream().map(p -> {
            Optional<PlaygroundSummary> summary = Optional.ofNullable(summaries.get(p.userId()));
            return new Participant(p.userId(), shown.getOrDefault(p.userId(), "(gone)"), p.joinedAt(),
                    summary.map(PlaygroundSummary::running).orElse(0),
                    summary.map(PlaygroundSummary::spendSoFarUsd).orElse(java.math.BigDecimal.ZERO),
                    summary.flatMap(PlaygroundSummary::lastActivity));
        }).toList();
    }

    /** The participants and their workshop playgrounds as a CSV file for a spreadsheet, for the workshop's instructor. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public byte[] participantsCsv(UUID id) {
        Workshop workshop = workshop(id);
        var when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);
        return Csv.of(List.of("Learner", "Joined (UTC)", "Running instances", "Spent (simulated USD)",
                        "Budget (simulated USD)", "Last action (UTC)"),
                participants(id).stream().map(p -> List.of(p.displayName(), when.format(p.joinedAt()),
                        Integer.toString(p.runningInstances()),
                        p.spendUsd().setScale(4, java.math.RoundingMode.HALF_UP).toPlainString(),
                        workshop.budgetUsd().toPlainString(), p.lastActivity().map(when::format).orElse(""))).toList());
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Workshop setJoiningOpen(UUID id, boolean open) {
        return transaction.execute(status -> {
            StoredWorkshop found = run(id);
            found.setJoiningOpen(open);
            return found.toWorkshop((int) participants.countByWorkshopIdAndRemovedAtIsNull(found.id()));
        });
    }

    /** In an instructor-paced workshop, opens the next lesson to every participant. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Workshop unlockNextLesson(UUID id) {
        return transaction.execute(status -> {
            StoredWorkshop found = run(id);
            if (!found.toWorkshop(0).paced()) {
                throw new WorkshopProblem("This workshop is free-paced: every lesson is open already.");
            }
            found.unlockNextLesson();
            return found.toWorkshop((int) participants.countByWorkshopIdAndRemovedAtIsNull(found.id()));
        });
    }

    /** Puts a banner on every participant's screen; an empty text takes it down. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Workshop announce(UUID id, String text) {
        String said = text == null ? "" : text.strip();
        if (said.length() > ANNOUNCEMENT_MAX) {
            throw new WorkshopProblem("An announcement is at most " + ANNOUNCEMENT_MAX + " characters; this one has "
                    + said.length() + ".");
        }
        return transaction.execute(status -> {
            StoredWorkshop found = run(id);
            found.announce(said, clock.instant());
            return found.toWorkshop((int) participants.countByWorkshopIdAndRemovedAtIsNull(found.id()));
        });
    }

    /** Takes a learner out of the workshop: its playground is no longer theirs to open, and the code will not let them back. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void remove(UUID id, long userId) {
        transaction.executeWithoutResult(status -> {
            StoredWorkshop found = run(id);
            participants.findByWorkshopIdAndUserId(found.id(), userId).filter(p -> !p.removed())
                    .orElseThrow(() -> new WorkshopProblem("That learner is not in this workshop."))
                    .remove(clock.instant());
        });
    }

    /**
     * Joins the signed-in learner to the open workshop with this code, also after it started, and
     * sets up their workshop playground with its budget. Wrong codes are counted and slowed down;
     * every code that opens nothing gets the same answer.
     */
    public Workshop join(String typedCode) {
        Optional<Duration> wait = joinAttempts.waitBeforeTrying();
        if (wait.isPresent()) {
            throw new WorkshopProblem("Too many wrong codes. Try again in " + inWords(wait.get()) + ".");
        }
        long me = me();
        Instant now = clock.instant();
        Optional<Workshop> joined;
        try {
            joined = JoinCodes.normalised(typedCode).flatMap(code -> transaction.execute(status ->
                    workshops.findByJoinCode(code).filter(w -> now.isBefore(w.endsAt())).flatMap(w -> admit(w, me, now))));
        } catch (DataIntegrityViolationException joinedMeanwhile) {
            // the same learner joined from another tab a moment ago: they are in, as that tab says
            joined = JoinCodes.normalised(typedCode).flatMap(code -> transaction.execute(status ->
                    workshops.findByJoinCode(code).flatMap(w -> admit(w, me, now))));
        }
        if (joined.isEmpty()) {
            joinAttempts.countWrongCode();
            log.info("workshop join refused for user {}: no open workshop for the code typed", me);
            throw new WorkshopProblem(NO_SUCH_CODE);
        }
        playgrounds.ensure(joined.get().playgroundPurpose(), budgetOf(joined.get()));
        return joined.get();
    }

    /**
     * A participant who types the code again is let back in even once joining is closed; a new one
     * only while it is open; one the instructor removed stays out, told no more than a wrong code.
     */
    private Optional<Workshop> admit(StoredWorkshop workshop, long me, Instant now) {
        Optional<StoredParticipant> before = participants.findByWorkshopIdAndUserId(workshop.id(), me);
        if (before.filter(StoredParticipant::removed).isPresent() || before.isEmpty() && !workshop.joiningOpen()) {
            return Optional.empty();
        }
        if (before.isEmpty()) {
            participants.saveAndFlush(new StoredParticipant(workshop.id(), me, now));
        }
        return Optional.of(workshop.toWorkshop((int) participants.countByWorkshopIdAndRemovedAtIsNull(workshop.id())));
    }

    /** A workshop the signed-in learner is in, for their workshop page; empty when they are not (or were removed). */
    public Optional<Workshop> joined(UUID id) {
        long me = me();
        return transaction.execute(status -> workshops.findByPublicId(id)
                .filter(w -> participants.findByWorkshopIdAndUserId(w.id(), me).filter(p -> !p.removed()).isPresent())
                .map(w -> w.toWorkshop((int) participants.countByWorkshopIdAndRemovedAtIsNull(w.id()))));
    }

    /** Opens the learner's playground for a workshop they are in, setting it up with its budget if it is new. */
    public String openPlayground(UUID id) {
        Workshop workshop = joined(id).orElseThrow(
                () -> new AccessDeniedException("Only a participant opens a workshop's playground."));
        playgrounds.ensure(workshop.playgroundPurpose(), budgetOf(workshop));
        return workshop.playgroundPurpose();
    }

    @Override
    public List<Choice> ofSignedInLearner() {
        long me = me();
        return transaction.execute(status -> participants.findByUserIdAndRemovedAtIsNull(me).stream()
                .flatMap(p -> workshops.findById(p.workshopId()).stream())
                .map(w -> new Choice(Workshop.purposeOf(w.publicId()), "Workshop: " + w.toWorkshop(0).title(),
                        "workshop/" + w.publicId()))
                .toList());
    }

    private static PlaygroundSettings budgetOf(Workshop workshop) {
        return PlaygroundSettings.DEFAULT.withBudget(new Money(workshop.budgetUsd()));
    }

    /** The workshop, if the signed-in instructor runs it or is an admin; anyone else is told it is not theirs. */
    private StoredWorkshop run(UUID id) {
        StoredWorkshop found = workshops.findByPublicId(id).orElseThrow(() -> new WorkshopProblem("There is no such workshop."));
        if (found.instructorId() != me() && !isAdmin()) {
            throw new AccessDeniedException("Only its instructor runs a workshop.");
        }
        return found;
    }

    private String newCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = JoinCodes.next();
            if (!workshops.existsByJoinCode(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free workshop code after 20 tries");
    }

    private Set<String> courseLessons() {
        return content.course().lessons().stream().map(Lesson::id).collect(Collectors.toSet());
    }

    private long me() {
        return userIds.signedIn().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }

    /** Whether the signed-in person is an admin, who may run and read every workshop. */
    static boolean isAdmin() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch("ROLE_ADMIN"::equals);
    }

    private static String inWords(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    }
}
