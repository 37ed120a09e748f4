package org.amilab.playground;

import static org.amilab.SignedInAs.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.amilab.AmiLabSpringTest;
import org.amilab.security.AccountService;
import org.amilab.simulator.Actor;
import org.amilab.simulator.PlaygroundCommand;
import org.amilab.simulator.ActionResult;
import org.amilab.simulator.EventType;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.PlaygroundEvent;
import org.amilab.simulator.TestCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Someone keeps looking at a learner's playground, as a second tab, a dashboard or a challenge
 * checker will, while the learner works: the learner never meets a conflict and nothing is lost.
 */
@AmiLabSpringTest
class ReadersNeverWriteTest {

    private static final String LEARNER = "pg-watched";
    private static final int ACTIONS = 1_000;

    @Autowired
    PlaygroundService service;
    @Autowired
    AccountService accounts;
    @Autowired
    StoredPlaygroundRepository playgrounds;
    @Autowired
    org.amilab.base.UserIds userIds;

    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopReading() {
        reader.shutdownNow();
    }

    @Test
    void aReaderPollingEvery50MsNeitherFailsNorDelaysNorLosesTheLearnersThousandActions() throws Exception {
        accounts.signUp(LEARNER, "Watched", PlaygroundServiceTest.PASSWORD);
        as(LEARNER, () -> service.execute(new PlaygroundCommand.PauseClock()));
        AtomicBoolean learnerDone = new AtomicBoolean();
        AtomicInteger looks = new AtomicInteger();
        List<Throwable> readerProblems = new CopyOnWriteArrayList<>();
        Future<?> polling = reader.submit(() -> {
            while (!learnerDone.get()) {
                try {
                    as(LEARNER, service::view);
                    looks.incrementAndGet();
                    Thread.sleep(50);
                } catch (InterruptedException stopped) {
                    return;
                } catch (RuntimeException problem) {
                    readerProblems.add(problem);
                }
            }
        });

        List<EventType> done = as(LEARNER, this::performActions);
        learnerDone.set(true);
        polling.get();

        assertThat(readerProblems).isEmpty();
        assertThat(looks.get()).as("the reader really looked while the learner worked").isGreaterThan(10);
        List<PlaygroundEvent> log = as(LEARNER, service::events);
        assertThat(log).filteredOn(e -> e.actor().username().equals(LEARNER)).extracting(PlaygroundEvent::type)
                .as("every action, in the order done").containsExactlyElementsOf(done);
        assertThat(log).extracting(PlaygroundEvent::sequence).as("no line lost or doubled")
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, log.size()).boxed().toList());
        assertThat(log).extracting(PlaygroundEvent::simulatedAt).isSorted();
        assertThat(log).filteredOn(e -> e.actor().equals(Actor.EC2)).as("the transitions are there too").isNotEmpty();
        assertThat(playgrounds.find(PlaygroundKey.freeOf(userIds.idOf(LEARNER).orElseThrow())).orElseThrow().getVersion())
                .as("one write per action, none per look").isEqualTo(done.size());
    }

    /** Launch, a minute, terminate, an hour: over and over, each answered without a conflict. */
    private List<EventType> performActions() {
        List<EventType> done = new ArrayList<>(List.of(EventType.PAUSE));
        String instance = null;
        for (int i = 1; i < ACTIONS; i++) {
            ActionResult<?> result;
            switch (i % 4) {
                case 1 -> {
                    var launched = service.execute(new PlaygroundCommand.RunInstances(LaunchRequest.of(TestCatalog.US_EAST_1, TestCatalog.AL2023_X86.id(),
                            "t3.micro")));
                    instance = launched.value().get(0).id();
                    result = launched;
                    done.add(EventType.LAUNCH);
                }
                case 2, 0 -> {
                    result = service.execute(new PlaygroundCommand.AdvanceClock(i % 4 == 2 ? Duration.ofMinutes(1) : Duration.ofHours(1)));
                    done.add(EventType.ADVANCE_CLOCK);
                }
                default -> {
                    result = service.execute(PlaygroundCommand.TerminateInstances.of(instance));
                    done.add(EventType.TERMINATE);
                }
            }
            assertThat(result.isSuccess()).as("action %d", i).isTrue();
        }
        return done;
    }
}
