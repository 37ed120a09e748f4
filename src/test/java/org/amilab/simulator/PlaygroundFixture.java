package org.amilab.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** A playground on the test catalog with a seeded id generator and a hand-moved real clock. */
public final class PlaygroundFixture {

    public static final String ACCOUNT = "123456789012";
    public static final Actor ALICE = new Actor("alice");
    public static final Instant REAL_START = Instant.parse("2025-11-26T09:00:00Z");

    public final MutableClock realClock;
    public final Playground playground;

    public PlaygroundFixture() {
        this(PlaygroundSettings.DEFAULT, 42);
    }

    public PlaygroundFixture(PlaygroundSettings settings, long seed) {
        this(settings, seed, ACCOUNT);
    }

    /** Another learner's playground: an account of its own. */
    public PlaygroundFixture(String accountId) {
        this(PlaygroundSettings.DEFAULT, 9, accountId);
    }

    private PlaygroundFixture(PlaygroundSettings settings, long seed, String accountId) {
        realClock = new MutableClock(REAL_START);
        playground = Playground.create(environment(seed), accountId, settings);
    }

    /**
     * A playground whose account turned block public access for AMIs off in {@code region} before
     * anything was logged, for tests that make AMIs public without the event that turns it off.
     */
    public static PlaygroundFixture allowingPublicImagesIn(String region) {
        PlaygroundFixture blank = new PlaygroundFixture();
        PlaygroundState s = blank.playground.state();
        PlaygroundState open = new PlaygroundState(s.accountId(), s.settings(), s.startedAt(), s.clock(), s.instances(),
                s.volumes(), s.images(), s.snapshots(), s.bundles(), s.events(), s.clientTokens(), s.settled(), s.prices(),
                s.importTasks(), List.of(region), s.recipes());
        return new PlaygroundFixture(blank.realClock, Playground.restore(blank.environment(42), open));
    }

    private PlaygroundFixture(MutableClock realClock, Playground playground) {
        this.realClock = realClock;
        this.playground = playground;
    }

    /** This playground as the next load sees it once {@code prices} came into force at the real now. */
    public PlaygroundFixture repricedNow(PriceBook prices) {
        var environment = new SimulatorEnvironment(TestCatalog.catalog(), prices, realClock.instant(), realClock,
                new Random(7), List.of(), TestCatalog.COMPONENTS);
        return new PlaygroundFixture(realClock, Playground.restore(environment, playground.state()));
    }

    public SimulatorEnvironment environment(long seed) {
        return new SimulatorEnvironment(TestCatalog.catalog(), TestCatalog.PRICES, Instant.MIN, realClock, new Random(seed),
                List.of(), TestCatalog.COMPONENTS);
    }

    public Instant now() {
        return playground.now();
    }

    /** Moves simulated time forward through the action a learner would use. */
    public void advance(Duration step) {
        playground.advanceClock(ALICE, step).value();
    }

    public Instance launch(LaunchRequest request) {
        List<Instance> launched = playground.launch(ALICE, request).value();
        return launched.get(0);
    }

    public Instance launch(Ami ami, String type) {
        return launch(LaunchRequest.of(ami.region(), ami.id(), type));
    }

    /** Launches and waits (in simulated time) until the instance is running. */
    public String running(Ami ami, String type) {
        String id = launch(ami, type).id();
        advance(LifecycleDurations.boot(ami.rootDeviceType()));
        return id;
    }

    /** A running EBS-backed instance, stopped and left until it is stopped. */
    public String stopped(Ami ami, String type) {
        String id = running(ami, type);
        playground.stop(ALICE, id).value();
        advance(LifecycleDurations.STOPPING);
        return id;
    }

    public InstanceState state(String instanceId) {
        return playground.instance(instanceId).orElseThrow().stateAt(now());
    }

    public Instance instance(String instanceId) {
        return playground.instance(instanceId).orElseThrow();
    }
}
