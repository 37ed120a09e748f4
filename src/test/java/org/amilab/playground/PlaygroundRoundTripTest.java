package org.amilab.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.amilab.AmiLabSpringTest;
import org.amilab.playground.PlaygroundStore.Loaded;
import org.amilab.security.AccountService;
import org.amilab.simulator.Actor;
import org.amilab.simulator.Ami;
import org.amilab.simulator.BundleInstanceRequest;
import org.amilab.simulator.CopyImageRequest;
import org.amilab.simulator.CostBreakdown;
import org.amilab.simulator.CreateImageRequest;
import org.amilab.simulator.Instance;
import org.amilab.simulator.LaunchRequest;
import org.amilab.simulator.Protection;
import org.amilab.simulator.Playground;
import org.amilab.simulator.PlaygroundEvent;
import org.amilab.simulator.PlaygroundState;
import org.amilab.simulator.TestCatalog;
import org.amilab.simulator.VolumeState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After every action, the playground loaded again in a new transaction is exactly the one the
 * action left in memory: every instance with its segments, volume, AMI, snapshot and the clock,
 * the costs and the projection at the (paused) simulated now, and, at the end, the whole log.
 */
@AmiLabSpringTest
class PlaygroundRoundTripTest {

    private static final String OWNER = "pg-trip";
    private static final Actor LEARNER = new Actor(OWNER);

    @org.springframework.beans.factory.annotation.Autowired
    org.amilab.base.UserIds userIds;

    @Autowired
    PlaygroundStore store;
    @Autowired
    AccountService accounts;
    @Autowired
    PlatformTransactionManager transactions;

    private final List<PlaygroundEvent> written = new ArrayList<>();

    /** What a learner can observe of a playground, log aside (it is compared as a whole at the end). */
    record Observed(PlaygroundState state, Instant now, List<Instance> instances, CostBreakdown costsSoFar,
                    CostBreakdown projection) {

        static Observed of(Playground playground) {
            PlaygroundState s = playground.state();
            return new Observed(new PlaygroundState(s.accountId(), s.settings(), s.startedAt(), s.clock(), s.instances(),
                    s.volumes(), s.images(), s.snapshots(), s.bundles(), List.of(), s.clientTokens(), s.settled(), s.prices()), playground.now(), playground.instances(),
                    playground.costsSoFar(), playground.monthlyProjection());
        }
    }

    @Test
    void everyActionLoadsAgainExactlyAsItWasLeft() {
        accounts.signUp(OWNER, "Trip", PlaygroundServiceTest.PASSWORD);
        step(p -> p.pause(LEARNER));
        String web = step(p -> p.launch(LEARNER, LaunchRequest.of(TestCatalog.US_EAST_1, TestCatalog.AL2023_X86.id(),
                "t3.micro").withName("trip web").withStopProtection(true)).value().get(0).id());
        step(p -> p.setProtection(LEARNER, web, Protection.STOP, false));
        String market = launch(TestCatalog.ACME_MARKETPLACE, "t3.micro");
        String legacy = launch(TestCatalog.LEGACY_PV_INSTANCE_STORE, "m3.medium");
        step(p -> p.advanceClock(LEARNER, Duration.ofHours(2)));
        step(p -> p.stop(LEARNER, web));
        step(p -> p.stop(LEARNER, legacy));
        step(p -> p.advanceClock(LEARNER, Duration.ofMinutes(1)));
        step(p -> p.modifyInstanceType(LEARNER, web, "t3.medium"));
        step(p -> p.createImage(LEARNER, CreateImageRequest.of(web, "trip-web")));
        String bundled = step(p -> p.bundleInstance(LEARNER, BundleInstanceRequest.of(legacy, "trip-legacy")).value().id());
        step(p -> p.terminate(LEARNER, market));
        step(p -> p.advanceClock(LEARNER, Duration.ofDays(30)));
        String leftOver = step(p -> p.volumes().stream().filter(v -> v.stateAt(p.now()) == VolumeState.AVAILABLE)
                .findFirst().orElseThrow().id());
        step(p -> p.deleteVolume(LEARNER, leftOver));
        step(p -> p.copyImage(LEARNER, CopyImageRequest.of(p.image(bundled).orElseThrow(), TestCatalog.EU_CENTRAL_1,
                "trip-legacy")));
        step(p -> p.deregisterImage(LEARNER, bundled));
        step(p -> p.deleteBundle(LEARNER, p.bundles().stream().filter(b -> b.imageId().equals(bundled)).findFirst()
                .orElseThrow().location()));
        step(p -> p.setSpeed(LEARNER, 3600));

        List<PlaygroundEvent> log = inTransaction(() -> store.log(store.find(key()).orElseThrow()));
        assertThat(log).isEqualTo(written);
        assertThat(log).extracting(PlaygroundEvent::sequence).containsExactlyElementsOf(
                LongStream.rangeClosed(1, log.size()).boxed().toList());
        assertThat(log).anySatisfy(line -> assertThat(line.errorCode()).isEqualTo("UnsupportedOperation"));
    }

    private PlaygroundKey key() {
        return PlaygroundKey.freeOf(userIds.idOf(OWNER).orElseThrow());
    }

    private String launch(Ami ami, String type) {
        return step(p -> p.launch(LEARNER, LaunchRequest.of(ami.region(), ami.id(), type)).value().get(0).id());
    }

    private <T> T step(Function<Playground, T> action) {
        List<Observed> leftBehind = new ArrayList<>();
        T result = inTransaction(() -> {
            Loaded loaded = store.loadOrCreate(key());
            T outcome = action.apply(loaded.playground());
            leftBehind.add(Observed.of(loaded.playground()));
            written.addAll(store.save(loaded));
            return outcome;
        });
        Observed loadedAgain = inTransaction(() -> Observed.of(store.loadOrCreate(key()).playground()));
        assertThat(loadedAgain).isEqualTo(leftBehind.get(0));
        return result;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }
}
