package org.amilab.playground;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.amilab.simulator.BuilderComponent;
import org.amilab.simulator.ImageBuild;
import org.amilab.simulator.ImagePipeline;
import org.amilab.simulator.ImageRecipe;
import org.amilab.simulator.Ami;
import org.amilab.simulator.CostBreakdown;
import org.amilab.simulator.ImageBundle;
import org.amilab.simulator.ImportTask;
import org.amilab.simulator.Instance;
import org.amilab.simulator.OwnedAmi;
import org.amilab.simulator.Playground;
import org.amilab.simulator.PlaygroundEvent;
import org.amilab.simulator.SimulatedClock;
import org.amilab.simulator.Snapshot;
import org.amilab.simulator.Volume;

/**
 * What a learner's playground looks like at one simulated instant, {@code simulatedNow}: every
 * part is read at that same instant, so instances and costs always agree. {@code recentEvents} is
 * the end of the log, oldest first. {@code sharedWithMe} are other learners' AMIs this account may
 * launch, shared with its id or public. {@code publicSharingRegions} are where block public access
 * for AMIs is off; {@code takenDown} says when an admin took which of its public AMIs out of
 * Community.
 */
public record PlaygroundView(
        PlaygroundRef playground,
        String accountId,
        Instant startedAt,
        Instant simulatedNow,
        SimulatedClock clock,
        List<Instance> instances,
        List<Volume> volumes,
        List<Ami> myAmis,
        List<OwnedAmi> myImages,
        List<Ami> sharedWithMe,
        List<Snapshot> snapshots,
        List<ImageBundle> bundles,
        List<ImportTask> importTasks,
        List<String> publicSharingRegions,
        CostBreakdown costsSoFar,
        CostBreakdown monthlyProjection,
        List<PlaygroundEvent> recentEvents,
        Map<String, Instant> takenDown,
        List<ImageRecipe> imageRecipes,
        List<ImagePipeline> imagePipelines,
        List<ImageBuild> imageBuilds,
        List<BuilderComponent> myComponents) {

    public PlaygroundView {
        instances = List.copyOf(instances);
        volumes = List.copyOf(volumes);
        myAmis = List.copyOf(myAmis);
        myImages = List.copyOf(myImages);
        sharedWithMe = List.copyOf(sharedWithMe);
        snapshots = List.copyOf(snapshots);
        bundles = List.copyOf(bundles);
        importTasks = List.copyOf(importTasks);
        publicSharingRegions = List.copyOf(publicSharingRegions);
        recentEvents = List.copyOf(recentEvents);
        takenDown = Map.copyOf(takenDown);
        imageRecipes = List.copyOf(imageRecipes);
        imagePipelines = List.copyOf(imagePipelines);
        imageBuilds = List.copyOf(imageBuilds);
        myComponents = List.copyOf(myComponents);
    }

    public java.util.Optional<OwnedAmi> myImage(String imageId) {
        return myImages.stream().filter(image -> image.id().equals(imageId)).findFirst();
    }

    public boolean blocksPublicImages(String region) {
        return !publicSharingRegions.contains(region);
    }

    /** The playground as it is now, with the given end of its log. */
    public static PlaygroundView of(PlaygroundRef ref, Playground playground, List<PlaygroundEvent> recentEvents) {
        return of(ref, playground, recentEvents, Map.of());
    }

    /** ... and when an admin took which of its public AMIs out of Community. */
    static PlaygroundView of(PlaygroundRef ref, Playground playground, List<PlaygroundEvent> recentEvents,
                             Map<String, Instant> takenDown) {
        Instant now = playground.now();
        List<OwnedAmi> myImages = playground.myImages();
        return new PlaygroundView(ref, playground.accountId(), playground.startedAt(), now, playground.clock(),
                playground.instances(), playground.volumes(), myImages.stream().map(image -> image.amiAt(now)).toList(),
                myImages, playground.sharedWithMe(), playground.snapshots(),
                playground.bundles(), playground.importTasks(),
                playground.publicSharingRegions(), playground.costsSoFar(), playground.monthlyProjection(), recentEvents,
                takenDown, playground.imageRecipes(), playground.imagePipelines(), playground.imageBuilds(),
                playground.myComponents());
    }
}
