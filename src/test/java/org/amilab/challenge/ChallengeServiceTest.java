package org.amilab.challenge;

import static org.amilab.SignedInAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import org.amilab.AmiLabSpringTest;
import org.amilab.playground.OpenPlayground;
import org.amilab.playground.OtherPlaygrounds;
import org.amilab.playground.PlaygroundService;
import org.amilab.security.AccountService;
import org.amilab.simulator.Instance;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.PlaygroundCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AmiLabSpringTest
class ChallengeServiceTest {

    private static final String CHALLENGE = "instance-store-vs-ebs";
    private static final String INSTANCE_STORE_AMI = "ami-0b3ce107f80e222f8";

    @Autowired
    ChallengeService challenges;
    @Autowired
    PlaygroundService playgrounds;
    @Autowired
    AccountService accounts;

    @Test
    void aChallengeRunsInAPlaygroundOfItsOwnSetUpAsItSaysAndTheFreeOneIsUntouched() {
        learner("chal-ada");
        as("chal-ada", () -> playgrounds.execute(new PlaygroundCommand.SetClockSpeed(10)));

        ChallengeRun run = as("chal-ada", () -> challenges.start(CHALLENGE));

        assertThat(run.stepsDone()).isZero();
        assertThat(run.currentStep()).contains(0);
        List<Instance> set = as("chal-ada", () -> challengePlayground().view().instances());
        assertThat(set).singleElement().satisfies(instance -> {
            assertThat(instance.name()).isEqualTo("ebs-backed-web");
            assertThat(instance.stateAt(as("chal-ada", () -> challengePlayground().view().simulatedNow())))
                    .isEqualTo(InstanceState.RUNNING);
        });
        assertThat(as("chal-ada", () -> playgrounds.view()).instances()).as("the free playground").isEmpty();
        assertThat(as("chal-ada", () -> playgrounds.view()).clock().speed()).isEqualTo(10);
        assertThat(as("chal-ada", () -> challenges.start(CHALLENGE))).as("starting again continues").isEqualTo(run);
        assertThat(as("chal-ada", () -> challenges.ofSignedInLearner())).containsExactly(new OtherPlaygrounds.Choice(
                "challenge:" + CHALLENGE, "Challenge: " + run.challenge().title(), "challenges/" + CHALLENGE));
    }

    @Test
    void stepsAreDoneInOrderStayDoneAndTheLastOneCompletesTheChallenge() {
        learner("chal-bo");
        as("chal-bo", () -> challenges.start(CHALLENGE));
        // the stop is refused before the first step is done: it counts once the first step is
        String instanceStore = as("chal-bo", () -> launch(INSTANCE_STORE_AMI, "m1.small"));
        as("chal-bo", () -> challengePlayground().execute(PlaygroundCommand.StopInstances.of(instanceStore)));
        assertThat(check("chal-bo").stepsDone()).as("still booting").isZero();

        as("chal-bo", () -> challengePlayground().execute(new PlaygroundCommand.AdvanceClock(Duration.ofMinutes(4))));
        assertThat(check("chal-bo").stepsDone()).as("running, and the stop was refused already").isEqualTo(2);

        String ebs = as("chal-bo", () -> challengePlayground().view().instances().stream()
                .filter(i -> i.name().equals("ebs-backed-web")).findFirst().orElseThrow().id());
        as("chal-bo", () -> challengePlayground().execute(PlaygroundCommand.StopInstances.of(ebs)));
        as("chal-bo", () -> challengePlayground().execute(new PlaygroundCommand.AdvanceClock(Duration.ofMinutes(1))));
        as("chal-bo", () -> challengePlayground().execute(new PlaygroundCommand.ModifyInstanceType(ebs, "t3.medium")));
        as("chal-bo", () -> challengePlayground().execute(PlaygroundCommand.TerminateInstances.of(instanceStore)));
        assertThat(check("chal-bo").stepsDone()).as("terminating, not yet terminated").isEqualTo(3);
        assertThat(as("chal-bo", () -> challenges.completions())).isEmpty();

        as("chal-bo", () -> challengePlayground().execute(new PlaygroundCommand.AdvanceClock(Duration.ofMinutes(1))));
        ChallengeRun done = check("chal-bo");

        assertThat(done.stepsDone()).isEqualTo(4);
        assertThat(done.complete()).isTrue();
        assertThat(done.currentStep()).isEmpty();
        assertThat(as("chal-bo", () -> challenges.completions())).singleElement()
                .satisfies(completion -> assertThat(completion.challengeId()).isEqualTo(CHALLENGE));
        assertThat(check("chal-bo")).as("checking again changes nothing").isEqualTo(done);
    }

    @Test
    void hintsAreShownOneByOneAndCountedInTheCompletion() {
        learner("chal-cy");
        as("chal-cy", () -> challenges.start(CHALLENGE));

        as("chal-cy", () -> challenges.revealHint(CHALLENGE, 0));
        ChallengeRun run = as("chal-cy", () -> challenges.revealHint(CHALLENGE, 0));

        assertThat(run.shownHints(0)).containsExactlyElementsOf(run.challenge().steps().get(0).hints().subList(0, 2));
        assertThat(run.shownHints(1)).isEmpty();
        int all = run.challenge().steps().get(1).hints().size();
        for (int i = 0; i <= all; i++) {
            as("chal-cy", () -> challenges.revealHint(CHALLENGE, 1));
        }
        assertThat(as("chal-cy", () -> challenges.run(CHALLENGE)).orElseThrow().shownHints(1)).hasSize(all);
        assertThatThrownBy(() -> as("chal-cy", () -> challenges.revealHint(CHALLENGE, 9)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void restartSetsUpAgainAndLeaveThrowsThePlaygroundAwayButCompletionsStay() {
        learner("chal-di");
        as("chal-di", () -> challenges.start(CHALLENGE));
        as("chal-di", () -> launch(INSTANCE_STORE_AMI, "m1.small"));
        as("chal-di", () -> challengePlayground().execute(new PlaygroundCommand.AdvanceClock(Duration.ofMinutes(4))));
        assertThat(check("chal-di").stepsDone()).isEqualTo(1);

        ChallengeRun restarted = as("chal-di", () -> challenges.restart(CHALLENGE));

        assertThat(restarted.stepsDone()).isZero();
        assertThat(as("chal-di", () -> challengePlayground().view().instances())).extracting(Instance::name)
                .containsExactly("ebs-backed-web");

        as("chal-di", () -> challenges.leave(CHALLENGE));

        assertThat(as("chal-di", () -> challenges.run(CHALLENGE))).isEmpty();
        assertThat(as("chal-di", () -> challengePlayground().writtenLog())).isEmpty();
        assertThat(as("chal-di", () -> challenges.ofSignedInLearner())).isEmpty();
        assertThat(as("chal-di", () -> challenges.overview())).filteredOn(s -> s.challenge().id().equals(CHALLENGE))
                .singleElement().satisfies(status -> assertThat(status.run()).isEmpty());
    }

    @Test
    void aCheckOnlyCountsTheChallengesOwnPlaygroundAndEveryLearnerHasTheirOwn() {
        learner("chal-ed");
        learner("chal-fa");
        as("chal-ed", () -> challenges.start(CHALLENGE));
        as("chal-ed", () -> playgrounds.execute(new PlaygroundCommand.RunInstances(
                LaunchRequest.of("us-east-1", INSTANCE_STORE_AMI, "m1.small"))));

        assertThatThrownBy(() -> as("chal-ed", () -> challenges.check(CHALLENGE, playgrounds.view())))
                .as("the free playground's view").isInstanceOf(IllegalArgumentException.class);
        assertThat(as("chal-fa", () -> challenges.run(CHALLENGE))).isEmpty();
        assertThatThrownBy(() -> as("chal-fa", () -> challenges.revealHint(CHALLENGE, 0)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> as("chal-ed", () -> challenges.start("no-such-lesson")))
                .isInstanceOf(NoSuchElementException.class);
    }

    private ChallengeRun check(String learner) {
        return as(learner, () -> challenges.check(CHALLENGE, challengePlayground().view()));
    }

    private OpenPlayground challengePlayground() {
        return playgrounds.open("challenge:" + CHALLENGE);
    }

    private String launch(String ami, String type) {
        return challengePlayground().execute(new PlaygroundCommand.RunInstances(LaunchRequest.of("us-east-1", ami, type)))
                .value().get(0).id();
    }

    private void learner(String username) {
        accounts.signUp(username, username, "lantern over the harbour");
    }
}
