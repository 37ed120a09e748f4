package org.amilab.playground;

import static org.amilab.SignedInAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.amilab.AmiLabSpringTest;
import org.amilab.security.AccountService;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.ActionResult;
import org.amilab.simulator.EventType;
import org.amilab.simulator.InstanceState;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.PlaygroundEvent;
import org.amilab.simulator.Protection;
import org.amilab.simulator.TestCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two browser tabs of one learner. The first tab's action runs in a transaction that this test
 * holds open after the action has written; the second tab then loads the same playground, acts,
 * and has to wait for the first tab's row. The test commits the first tab only once the database
 * shows the second one writing, so both have certainly loaded the same version.
 */
@AmiLabSpringTest
class ConcurrentTabsTest {

    @Autowired
    PlaygroundService service;
    @Autowired
    AccountService accounts;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DataSource dataSource;

    private final ExecutorService secondTab = Executors.newSingleThreadExecutor();
    private Future<?> secondTabsAnswer;
    private volatile boolean secondTabWasSeenWriting;

    @AfterEach
    void closeTab() {
        secondTab.shutdownNow();
    }

    @Test
    void theSecondTabsActionIsAppliedAgainToWhatTheFirstTabLeftAndGetsEc2sAnswer() throws Exception {
        accounts.signUp("pg-tabs", "Tabs", PlaygroundServiceTest.PASSWORD);
        String web = as("pg-tabs", () -> {
            service.execute(new PlaygroundCommand.PauseClock());
            return service.execute(new PlaygroundCommand.RunInstances(LaunchRequest.of(TestCatalog.US_EAST_1, TestCatalog.AL2023_X86.id(), "t3.micro")))
                    .value().get(0).id();
        });

        PlaygroundView firstTabsResult = whileFirstTabHasNotCommitted("pg-tabs", () -> {
            service.execute(new PlaygroundCommand.SetProtection(web, Protection.TERMINATION, true)).value();
            return service.view();
        }, () -> service.execute(PlaygroundCommand.TerminateInstances.of(web)));

        assertThat(secondTabWasSeenWriting).as("the second tab met the first tab's save").isTrue();
        ActionResult<?> secondTabsAnswer = (ActionResult<?>) this.secondTabsAnswer.get();
        assertThat(secondTabsAnswer.isSuccess()).isFalse();
        assertThat(secondTabsAnswer.error().code()).as("EC2's answer for the state the first tab left")
                .isEqualTo("OperationNotPermitted");
        PlaygroundView stored = as("pg-tabs", service::view);
        assertThat(stored.instances()).isEqualTo(firstTabsResult.instances());
        assertThat(as("pg-tabs", service::events)).extracting(PlaygroundEvent::type)
                .endsWith(EventType.SET_PROTECTION, EventType.TERMINATE);
    }

    @Test
    void aViewWhileAnotherTabIsSavingNeitherWaitsNorWritesAndShowsWhatWasDue() throws Exception {
        accounts.signUp("pg-look", "Look", PlaygroundServiceTest.PASSWORD);
        String web = as("pg-look", () -> {
            service.execute(new PlaygroundCommand.SetClockSpeed(3600));
            return service.execute(new PlaygroundCommand.RunInstances(LaunchRequest.of(TestCatalog.US_EAST_1, TestCatalog.AL2023_X86.id(), "t3.micro")))
                    .value().get(0).id();
        });
        // at 3600x the boot is over after about 11 ms: both tabs find "running" due
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> as("pg-look", service::view).instances().stream()
                .allMatch(i -> i.stateAt(as("pg-look", service::view).simulatedNow()) == InstanceState.RUNNING));

        whileFirstTabHasNotCommitted("pg-look", () -> service.execute(new PlaygroundCommand.SetProtection(web, Protection.TERMINATION, true)).value(),
                service::view);

        assertThat(secondTabWasSeenWriting).as("a view writes nothing").isFalse();
        PlaygroundView secondTabsView = (PlaygroundView) secondTabsAnswer.get();
        assertThat(secondTabsView.instances()).singleElement()
                .satisfies(i -> assertThat(i.stateAt(secondTabsView.simulatedNow())).isEqualTo(InstanceState.RUNNING))
                .satisfies(i -> assertThat(i.terminationProtection()).as("read before the first tab committed").isFalse());
        assertThat(secondTabsView.recentEvents()).extracting(PlaygroundEvent::type).as("running, projected")
                .endsWith(EventType.STATE_CHANGE).doesNotContain(EventType.SET_PROTECTION);
        assertThat(as("pg-look", service::events)).filteredOn(e -> e.type() == EventType.STATE_CHANGE)
                .as("written once, by the first tab").singleElement()
                .extracting(PlaygroundEvent::targetId, PlaygroundEvent::result).containsExactly(web, "running");
        assertThat(as("pg-look", service::view).instances().get(0).terminationProtection()).isTrue();
    }

    @Test
    void twoTabsOpeningANewPlaygroundAtOnceGetOnePlayground() throws Exception {
        accounts.signUp("pg-first", "First", PlaygroundServiceTest.PASSWORD);

        PlaygroundView firstTabsResult = whileFirstTabHasNotCommitted("pg-first", service::view, service::view);

        assertThat(((PlaygroundView) secondTabsAnswer.get()).accountId()).as("the second tab found the first one's")
                .isEqualTo(firstTabsResult.accountId());
        assertThat(as("pg-first", service::view).accountId()).isEqualTo(firstTabsResult.accountId());
    }

    private <T> T whileFirstTabHasNotCommitted(String learner, Supplier<T> firstTab, Supplier<?> secondTabsAction) {
        return new TransactionTemplate(transactions).execute(status -> as(learner, () -> {
            T result = firstTab.get();
            secondTabsAnswer = secondTab.submit(() -> as(learner, secondTabsAction));
            await().atMost(Duration.ofSeconds(20)).until(() -> secondTabsAnswer.isDone()
                    || (secondTabWasSeenWriting = theSecondTabIsWriting()));
            return result;
        }));
    }

    /** The second tab has loaded and acted and is now writing: it waits for the first tab's lock. */
    private boolean theSecondTabIsWriting() {
        Integer writing = new JdbcTemplate(dataSource).queryForObject("select count(*) from information_schema.sessions"
                + " where executing_statement like 'update playground %' or executing_statement like 'insert into playground %'"
                // a new learner's first playground begins with their account id
                + " or executing_statement like 'insert into learner_account %'",
                Integer.class);
        return writing != null && writing > 0;
    }
}
