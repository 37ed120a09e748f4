package org.amilab.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LifecycleProperties {

    @Provide
    Arbitrary<List<ActionSequences.Step>> sessions() {
        return ActionSequences.sessions();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void terminatedNeverLeavesTerminated(@ForAll("sessions") List<ActionSequences.Step> session) {
        PlaygroundFixture fixture = new PlaygroundFixture();
        Set<String> terminated = new HashSet<>();
        for (ActionSequences.Step step : session) {
            step.accept(fixture);
            for (Instance instance : fixture.playground.state().instances()) {
                InstanceState now = instance.stateAt(fixture.now());
                if (terminated.contains(instance.id())) {
                    assertThat(now).as(instance.id()).isEqualTo(InstanceState.TERMINATED);
                }
                if (now == InstanceState.TERMINATED) {
                    terminated.add(instance.id());
                }
            }
        }
        fixture.playground.state().instances().forEach(instance -> {
            List<StateSegment> history = instance.history();
            for (int i = 0; i < history.size() - 1; i++) {
                assertThat(history.get(i).state()).isNotEqualTo(InstanceState.TERMINATED);
            }
        });
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void anInstanceStoreBackedInstanceIsNeverStoppingOrStopped(@ForAll("sessions") List<ActionSequences.Step> session) {
        PlaygroundFixture fixture = play(session);

        fixture.playground.state().instances().stream().filter(i -> !i.isEbsBacked())
                .flatMap(i -> i.materialisedAt(fixture.now()).history().stream())
                .forEach(segment -> assertThat(segment.state()).isNotIn(InstanceState.STOPPING, InstanceState.STOPPED));
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void theTypeChangesOnlyWhileStopped(@ForAll("sessions") List<ActionSequences.Step> session) {
        PlaygroundFixture fixture = play(session);

        for (Instance instance : fixture.playground.state().instances()) {
            List<StateSegment> history = instance.history();
            for (int i = 1; i < history.size(); i++) {
                if (!history.get(i).instanceType().equals(history.get(i - 1).instanceType())) {
                    assertThat(history.get(i - 1).state()).isEqualTo(InstanceState.STOPPED);
                    assertThat(history.get(i).state()).isEqualTo(InstanceState.STOPPED);
                }
            }
        }
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void rootSizesAreAlwaysWithinTheLimits(@ForAll("sessions") List<ActionSequences.Step> session) {
        PlaygroundFixture fixture = play(session);
        PlaygroundState state = fixture.playground.state();

        for (Instance instance : state.instances()) {
            int smallest = TestCatalog.catalog().ami(instance.imageId()).map(Ami::rootSnapshotSizeGiB)
                    .or(() -> state.images().stream().filter(a -> a.id().equals(instance.imageId()))
                            .map(a -> a.ami().rootSnapshotSizeGiB()).findFirst())
                    // an Image Builder test instance runs the image before distribution registers it
                    .or(() -> state.builds().stream().flatMap(b -> b.outputs().stream())
                            .filter(a -> a.id().equals(instance.imageId())).map(Ami::rootSnapshotSizeGiB).findFirst())
                    .orElseThrow();
            assertThat(instance.rootSizeGiB()).isGreaterThanOrEqualTo(smallest);
            if (instance.isEbsBacked()) {
                Volume root = state.volumes().stream()
                        .filter(v -> v.instanceId().equals(instance.id()) && v.deviceName().equals(instance.rootDeviceName()))
                        .findFirst().orElseThrow();
                assertThat(root.sizeGiB()).isEqualTo(instance.rootSizeGiB())
                        .isLessThanOrEqualTo(root.volumeType().maxSizeGiB());
                assertThat(root.volumeType().bootable()).isTrue();
            } else {
                assertThat(instance.rootSizeGiB()).isLessThanOrEqualTo(Ami.INSTANCE_STORE_ROOT_MAX_GIB);
            }
        }
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void readingStateNeverChangesIt(@ForAll("sessions") List<ActionSequences.Step> session) {
        PlaygroundFixture fixture = play(session);
        PlaygroundState before = fixture.playground.state();
        Instant now = fixture.now();

        fixture.playground.instances();
        fixture.playground.costsSoFar();
        fixture.playground.monthlyProjection();
        fixture.playground.bundles();
        fixture.playground.myAmis();
        before.instances().forEach(i -> i.stateAt(now));

        assertThat(fixture.playground.state()).isEqualTo(before);
    }

    private static final long HALF_HOUR = 1800;

    static PlaygroundFixture play(List<ActionSequences.Step> session) {
        PlaygroundFixture fixture = new PlaygroundFixture();
        session.forEach(step -> step.accept(fixture));
        return fixture;
    }

    /**
     * Plays the session and keeps, after every step, each resource the playground holds in its
     * latest form: everything it ever had, before it folded what EC2 no longer lists.
     */
    static Played playKeepingEverything(List<ActionSequences.Step> session) {
        PlaygroundFixture fixture = new PlaygroundFixture();
        Played played = new Played(fixture, new java.util.LinkedHashMap<>(), new java.util.LinkedHashMap<>(),
                new java.util.LinkedHashMap<>(), new java.util.LinkedHashMap<>());
        for (ActionSequences.Step step : session) {
            // a long wait is kept half an hour at a time: an instance that an Image Builder run
            // terminates within it is seen terminated before it is folded, an hour later
            if (step instanceof ActionSequences.Advance advance && advance.seconds() > HALF_HOUR) {
                for (long left = advance.seconds(); left > 0; left -= HALF_HOUR) {
                    new ActionSequences.Advance(Math.min(left, HALF_HOUR)).accept(fixture);
                    played.keep(fixture.playground.state());
                }
                continue;
            }
            step.accept(fixture);
            played.keep(fixture.playground.state());
        }
        return played;
    }

    record Played(PlaygroundFixture fixture, java.util.Map<String, Instance> instances, java.util.Map<String, Volume> volumes,
                  java.util.Map<String, Snapshot> snapshots, java.util.Map<String, ImageBundle> bundles) {

        void keep(PlaygroundState state) {
            state.instances().forEach(i -> instances.put(i.id(), i));
            state.volumes().forEach(v -> volumes.put(v.id(), v));
            state.snapshots().forEach(s -> snapshots.put(s.id(), s));
            state.bundles().forEach(b -> bundles.put(b.location(), b));
        }

        /** The charges of everything ever held, as if nothing had been folded. */
        CostBreakdown unfoldedCosts(Instant from, Instant to) {
            return new CostCalculator(TestCatalog.PRICES).between(instances.values(), volumes.values(), snapshots.values(),
                    bundles.values(), from, to);
        }
    }
}
