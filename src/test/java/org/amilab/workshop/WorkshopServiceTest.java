package org.amilab.workshop;

import static org.amilab.SignedInAs.as;
import static org.amilab.SignedInAs.asAdmin;
import static org.amilab.SignedInAs.asInstructor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.amilab.AmiLabSpringTest;
import org.amilab.playground.OtherPlaygrounds;
import org.amilab.playground.PlaygroundService;
import org.amilab.security.AccountService;
import org.amilab.simulator.ActionResult;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.PlaygroundCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Workshops: each rule of who may do what, checked in the service, and the budget of a workshop playground. */
@AmiLabSpringTest
class WorkshopServiceTest {

    private static final String PASSWORD = "lantern over the harbour";
    private static final String EBS_AMI = "ami-0a4c123b1612dd272";

    @Autowired
    WorkshopService workshops;
    @Autowired
    PlaygroundService playgrounds;
    @Autowired
    AccountService accounts;

    private static WorkshopForm form(String title, String budget) {
        Instant start = Instant.now().plus(Duration.ofHours(1));
        return new WorkshopForm(title, List.of("what-is-an-ami", "instance-lifecycle"), start, start.plus(Duration.ofHours(3)),
                false, new BigDecimal(budget), 70);
    }

    @Test
    void anInstructorsWorkshopIsJoinedByCodeIntoABudgetedPlaygroundAndOnlyTheyRunIt() {
        signUp("ws-ines", "ws-lee", "ws-otto");

        assertThatThrownBy(() -> asInstructor("ws-ines", () -> workshops.create(new WorkshopForm(" ", List.of("no-such"),
                Instant.now(), Instant.now().minusSeconds(60), false, BigDecimal.ZERO, 120))))
                .isInstanceOfSatisfying(WorkshopProblem.class, problem -> assertThat(problem.byField()).containsOnlyKeys(
                        WorkshopForm.Field.TITLE, WorkshopForm.Field.LESSONS, WorkshopForm.Field.ENDS_AT,
                        WorkshopForm.Field.BUDGET, WorkshopForm.Field.PASS_MARK));
        Workshop made = asInstructor("ws-ines", () -> workshops.create(form("AMIs in an afternoon", "0.01")));
        assertThat(made.joinCode()).hasSize(6).matches("[" + JoinCodes.ALPHABET + "]+");

        assertThatThrownBy(() -> as("ws-lee", () -> workshops.join("ZZZZZZ"))).hasMessage(WorkshopService.NO_SUCH_CODE);
        String typed = made.joinCode().substring(0, 3).toLowerCase() + " " + made.joinCode().substring(3);
        Workshop joined = as("ws-lee", () -> workshops.join(typed));
        assertThat(joined.id()).isEqualTo(made.id());
        assertThat(as("ws-lee", () -> workshops.ofSignedInLearner())).containsExactly(new OtherPlaygrounds.Choice(
                made.playgroundPurpose(), "Workshop: AMIs in an afternoon", "workshop/" + made.id()));

        ActionResult<?> launch = as("ws-lee", () -> playgrounds.open(made.playgroundPurpose())
                .execute(new PlaygroundCommand.RunInstances(LaunchRequest.of("us-east-1", EBS_AMI, "t3.micro"))));
        assertThat(launch.error().code()).isEqualTo("UnauthorizedOperation");
        assertThat(launch.error().message()).contains("of the $0.01 budget");
        assertThat(as("ws-lee", () -> playgrounds.execute(new PlaygroundCommand.RunInstances(
                LaunchRequest.of("us-east-1", EBS_AMI, "t3.micro")))).isSuccess()).as("the free playground").isTrue();

        List<Participant> in = asInstructor("ws-ines", () -> workshops.participants(made.id()));
        assertThat(in).extracting(Participant::displayName).containsExactly("ws-lee");
        assertThat(in.get(0).lastActivity()).as("the refused launch was an action").isPresent();
        assertThat(in.get(0).runningInstances()).isZero();
        long lee = in.get(0).userId();
        assertThat(asInstructor("ws-otto", () -> playgrounds.summariesOf(made.playgroundPurpose(), List.of(lee))))
                .as("another instructor reads no summary of this class").isEmpty();
        assertThat(asInstructor("ws-ines", () -> playgrounds.summariesOf("free", List.of(lee))))
                .as("nor does its instructor read the learner's free playground").isEmpty();
        assertThat(asInstructor("ws-otto", () -> workshops.mine())).isEmpty();
        assertThatThrownBy(() -> asInstructor("ws-otto", () -> workshops.workshop(made.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asInstructor("ws-otto", () -> workshops.participants(made.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asInstructor("ws-otto", () -> workshops.participantsCsv(made.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(new String(asInstructor("ws-ines", () -> workshops.participantsCsv(made.id())),
                java.nio.charset.StandardCharsets.UTF_8)).contains("\"ws-lee\"").contains("\"0.01\"");
        assertThat(asAdmin("ws-otto", () -> workshops.workshop(made.id())).participants()).isEqualTo(1);
        assertThatThrownBy(() -> as("ws-lee", () -> workshops.create(form("mine now", "5.00"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ws-lee", () -> workshops.participants(made.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void closedJoiningAndARemovedLearnerGetTheAnswerOfAWrongCode() {
        signUp("ws-ivy", "ws-max", "ws-noa");
        Workshop made = asInstructor("ws-ivy", () -> workshops.create(form("Images", "5.00")));
        as("ws-max", () -> workshops.join(made.joinCode()));

        asInstructor("ws-ivy", () -> workshops.setJoiningOpen(made.id(), false));
        assertThatThrownBy(() -> as("ws-noa", () -> workshops.join(made.joinCode())))
                .hasMessage(WorkshopService.NO_SUCH_CODE);
        assertThat(as("ws-max", () -> workshops.join(made.joinCode())).id()).as("a participant comes back in").isEqualTo(made.id());
        assertThatThrownBy(() -> as("ws-noa", () -> workshops.openPlayground(made.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asInstructor("ws-ivy", () -> workshops.unlockNextLesson(made.id())))
                .isInstanceOf(WorkshopProblem.class).hasMessageContaining("free-paced");
        asInstructor("ws-ivy", () -> workshops.setJoiningOpen(made.id(), true));
        long max = asInstructor("ws-ivy", () -> workshops.participants(made.id())).get(0).userId();
        asInstructor("ws-ivy", () -> {
            workshops.remove(made.id(), max);
            return null;
        });

        assertThat(as("ws-max", () -> workshops.joined(made.id()))).isEmpty();
        assertThatThrownBy(() -> as("ws-max", () -> playgrounds.open(made.playgroundPurpose()).view()))
                .as("a removed learner's open page can no longer reach the workshop playground")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ws-max", () -> playgrounds.open(made.playgroundPurpose())
                .execute(new PlaygroundCommand.AdvanceClock(Duration.ofHours(1))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ws-max", () -> workshops.join(made.joinCode())))
                .hasMessage(WorkshopService.NO_SUCH_CODE);
        assertThat(as("ws-noa", () -> workshops.join(made.joinCode())).participants()).isEqualTo(1);

        Workshop copy = asInstructor("ws-ivy", () -> workshops.copy(made.id(), made.startsAt().plus(Duration.ofDays(7))));
        assertThat(copy.joinCode()).isNotEqualTo(made.joinCode());
        assertThat(copy.lessons()).isEqualTo(made.lessons());
        assertThat(copy.participants()).isZero();
    }

    @Test
    void aPacedWorkshopOpensItsLessonsOneByOneAndAnAnnouncementReachesEveryParticipant() {
        signUp("ws-pia", "ws-quin", "ws-rex");
        Instant start = Instant.now();
        Workshop paced = asInstructor("ws-pia", () -> workshops.create(new WorkshopForm("Paced", List.of("what-is-an-ami",
                "choosing-an-ami", "instance-lifecycle"), start, start.plus(Duration.ofHours(2)), true,
                new BigDecimal("5.00"), 70)));
        as("ws-quin", () -> workshops.join(paced.joinCode()));
        assertThat(as("ws-quin", () -> workshops.joined(paced.id())).orElseThrow()).satisfies(seen -> {
            assertThat(seen.unlocked("what-is-an-ami")).isTrue();
            assertThat(seen.unlocked("choosing-an-ami")).isFalse();
            assertThat(seen.announcement()).isEmpty();
        });

        asInstructor("ws-pia", () -> workshops.unlockNextLesson(paced.id()));
        asInstructor("ws-pia", () -> workshops.announce(paced.id(), "  Stop your instances before the break.  "));

        Workshop seen = as("ws-quin", () -> workshops.joined(paced.id())).orElseThrow();
        assertThat(seen.unlocked("choosing-an-ami")).isTrue();
        assertThat(seen.unlocked("instance-lifecycle")).isFalse();
        assertThat(seen.announcement()).get().extracting(Workshop.Announcement::text)
                .isEqualTo("Stop your instances before the break.");
        assertThatThrownBy(() -> asInstructor("ws-rex", () -> workshops.announce(paced.id(), "hijacked")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ws-quin", () -> workshops.unlockNextLesson(paced.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asInstructor("ws-pia", () -> workshops.announce(paced.id(), "x".repeat(501))))
                .isInstanceOf(WorkshopProblem.class).hasMessageContaining("at most 500");
        for (int i = 0; i < 5; i++) {
            asInstructor("ws-pia", () -> workshops.unlockNextLesson(paced.id()));
        }
        assertThat(as("ws-quin", () -> workshops.joined(paced.id())).orElseThrow().lessonsUnlocked()).isEqualTo(3);
        assertThat(as("ws-rex", () -> workshops.joined(paced.id()))).as("not a participant").isEmpty();
    }

    @Test
    void wrongCodesAreSlowedDownPerLearner() {
        signUp("ws-guess");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> as("ws-guess", () -> workshops.join("AAAAAA")))
                    .hasMessage(WorkshopService.NO_SUCH_CODE);
        }
        assertThatThrownBy(() -> as("ws-guess", () -> workshops.join("AAAAAA"))).hasMessageStartingWith("Too many wrong codes");
    }

    private void signUp(String... usernames) {
        for (String username : usernames) {
            accounts.signUp(username, username, PASSWORD);
        }
    }
}
