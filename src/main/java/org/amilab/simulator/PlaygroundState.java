package org.amilab.simulator;

import java.time.Instant;
import java.util.List;

/**
 * Everything a playground holds, as plain records: what persistence stores and
 * {@link Playground#restore(SimulatorEnvironment, PlaygroundState)} rebuilds from.
 * {@code publicSharingRegions} are the regions where the learner turned block public access for
 * AMIs off; it is on everywhere else, as in a new AWS account.
 */
public record PlaygroundState(
        String accountId,
        PlaygroundSettings settings,
        Instant startedAt,
        SimulatedClock clock,
        List<Instance> instances,
        List<Volume> volumes,
        List<OwnedAmi> images,
        List<Snapshot> snapshots,
        List<ImageBundle> bundles,
        List<PlaygroundEvent> events,
        List<ClientTokenUse> clientTokens,
        SettledCosts settled,
        PriceHistory prices,
        List<ImportTask> importTasks,
        List<String> publicSharingRegions,
        List<ImageRecipe> recipes,
        List<ImagePipeline> pipelines,
        List<ImageBuild> builds,
        List<BuilderComponent> components) {

    /** A playground from before VM Import, or with no import tasks. */
    public PlaygroundState(String accountId, PlaygroundSettings settings, Instant startedAt, SimulatedClock clock,
                           List<Instance> instances, List<Volume> volumes, List<OwnedAmi> images, List<Snapshot> snapshots,
                           List<ImageBundle> bundles, List<PlaygroundEvent> events, List<ClientTokenUse> clientTokens,
                           SettledCosts settled, PriceHistory prices) {
        this(accountId, settings, startedAt, clock, instances, volumes, images, snapshots, bundles, events, clientTokens,
                settled, prices, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public PlaygroundState {
        Require.that(ImageRules.isAccountId(accountId), "an account id has 12 digits: " + accountId);
        Require.present(settings, "settings");
        Require.present(startedAt, "startedAt");
        Require.present(clock, "clock");
        instances = List.copyOf(instances);
        volumes = List.copyOf(volumes);
        images = List.copyOf(images);
        snapshots = List.copyOf(snapshots);
        bundles = List.copyOf(bundles);
        events = List.copyOf(events);
        clientTokens = List.copyOf(clientTokens);
        Require.present(settled, "settled");
        Require.present(prices, "prices");
        importTasks = List.copyOf(importTasks);
        publicSharingRegions = List.copyOf(publicSharingRegions);
        recipes = List.copyOf(recipes);
        pipelines = List.copyOf(pipelines);
        builds = List.copyOf(builds);
        components = List.copyOf(components);
    }

    /** A playground from before Image Builder pipelines, or with none. */
    public PlaygroundState(String accountId, PlaygroundSettings settings, Instant startedAt, SimulatedClock clock,
                           List<Instance> instances, List<Volume> volumes, List<OwnedAmi> images, List<Snapshot> snapshots,
                           List<ImageBundle> bundles, List<PlaygroundEvent> events, List<ClientTokenUse> clientTokens,
                           SettledCosts settled, PriceHistory prices, List<ImportTask> importTasks,
                           List<String> publicSharingRegions, List<ImageRecipe> recipes) {
        this(accountId, settings, startedAt, clock, instances, volumes, images, snapshots, bundles, events, clientTokens,
                settled, prices, importTasks, publicSharingRegions, recipes, List.of(), List.of(), List.of());
    }
}
