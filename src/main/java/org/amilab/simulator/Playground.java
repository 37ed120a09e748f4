package org.amilab.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One learner's EC2 playground: clock, instances, volumes, own AMIs, their snapshots and S3 bundles,
 * and the event log. This is its one public face; the rules live in its parts ({@link Compute},
 * {@link Images}, {@link Storage}, {@link Billing}) over the {@link Resources} they share.
 *
 * <p>Every action first catches up with the changes due by the simulated now ({@link DueChange}),
 * then applies its rule, then logs what happened, refused or not. Reads ({@link #instances()},
 * costs) never change anything: they project states from timestamps. Not thread-safe: one action at
 * a time, as one transaction of the playground service.
 */
public final class Playground {

    static final int REMEMBERED_TOKENS = 100;

    private final SimulatorEnvironment env;
    private final String accountId;
    private final PlaygroundSettings settings;
    private final Instant startedAt;
    private SimulatedClock clock;
    private final Resources resources;
    private final EventLog log;
    private final Compute compute;
    private final Images images;
    private final ImageBuilder imageBuilder;
    private final ImageBuilds imageBuilds;
    private final ImagePipelines pipelines;
    private final Storage storage;
    private final Billing billing;
    /** By token, oldest first. */
    private final Map<String, ClientTokenUse> clientTokens = new LinkedHashMap<>();

    private Playground(SimulatorEnvironment env, PlaygroundState state) {
        this.env = env;
        this.accountId = state.accountId();
        this.settings = state.settings();
        this.startedAt = state.startedAt();
        this.clock = state.clock();
        this.resources = new Resources(state);
        this.log = new EventLog(state.events(), this::realNow);
        ResourceIds ids = new ResourceIds(env.random());
        this.images = new Images(resources, log, ids, env.catalog(), accountId, env.sharedImages());
        this.compute = new Compute(resources, log, ids, env.catalog(),
                new LaunchPlanner(env.catalog(), imageId -> images.visibleAt(imageId, now())), settings, this::budgetAllows);
        this.storage = new Storage(resources, log);
        this.imageBuilder = new ImageBuilder(resources, log, env.catalog(), env.components(),
                imageId -> images.visibleAt(imageId, now()));
        this.imageBuilds = new ImageBuilds(resources, log, env.catalog(), env.components(),
                imageId -> images.visibleAt(imageId, now()), accountId, this::budgetAllows);
        this.pipelines = new ImagePipelines(resources, log, env.catalog(), imageBuilds, ids);
        this.billing = new Billing(resources, startedAt, state.prices(), state.settled());
        billing.adopt(env.prices(), clock.simulatedNow(env.pricesSince()), now());
        state.clientTokens().forEach(use -> clientTokens.put(use.token(), use));
    }

    /** A new, empty playground whose simulated time starts at the real now, at real speed. */
    public static Playground create(SimulatorEnvironment env, String accountId, PlaygroundSettings settings) {
        SimulatedClock clock = SimulatedClock.startingAt(env.realClock().instant());
        Instant start = clock.simulatedNow(env.realClock().instant());
        return new Playground(env, new PlaygroundState(accountId, settings, start, clock, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), SettledCosts.NONE, PriceHistory.of(env.prices(), start)));
    }

    public static Playground restore(SimulatorEnvironment env, PlaygroundState state) {
        return new Playground(env, state);
    }

    /** The whole state as plain records, for persistence. */
    public PlaygroundState state() {
        return new PlaygroundState(accountId, settings, startedAt, clock, List.copyOf(resources.instances.values()),
                List.copyOf(resources.volumes.values()), List.copyOf(resources.images.values()),
                List.copyOf(resources.snapshots.values()), List.copyOf(resources.bundles.values()), log.lines(),
                List.copyOf(clientTokens.values()), billing.settled(), billing.prices(),
                List.copyOf(resources.importTasks.values()), List.copyOf(resources.publicSharingRegions),
                List.copyOf(resources.recipes.values()), List.copyOf(resources.pipelines.values()),
                List.copyOf(resources.builds.values()), List.copyOf(resources.components.values()));
    }

    /** The regions where block public access for AMIs is off. */
    public List<String> publicSharingRegions() {
        return List.copyOf(resources.publicSharingRegions);
    }

    public ActionResult<String> setImageBlockPublicAccess(Actor actor, String region, boolean blocked) {
        return images.setBlockPublicAccess(actor, region, blocked, catchUp());
    }

    public String accountId() {
        return accountId;
    }

    public PlaygroundSettings settings() {
        return settings;
    }

    public SimulatedClock clock() {
        return clock;
    }

    public Instant now() {
        return clock.simulatedNow(realNow());
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The instances EC2 would list now, each as of now (terminated ones for an hour). */
    public List<Instance> instances() {
        Instant now = now();
        return resources.instances.values().stream().filter(i -> i.visibleAt(now)).map(i -> i.materialisedAt(now)).toList();
    }

    public Optional<Instance> instance(String instanceId) {
        Instant now = now();
        return Optional.ofNullable(resources.instances.get(instanceId)).filter(i -> i.visibleAt(now))
                .map(i -> i.materialisedAt(now));
    }

    /** Volumes that exist now. */
    public List<Volume> volumes() {
        Instant now = now();
        return resources.volumes.values().stream().filter(v -> v.stateAt(now) != VolumeState.DELETED).toList();
    }

    public Optional<Volume> volume(String volumeId) {
        Instant now = now();
        return Optional.ofNullable(resources.volumes.get(volumeId)).filter(v -> v.stateAt(now) != VolumeState.DELETED);
    }

    /** The learner's registered AMIs with when and from what they were made, for their details. */
    public List<OwnedAmi> myImages() {
        Instant now = now();
        return resources.images.values().stream().filter(image -> image.stateAt(now) != ImageState.DEREGISTERED).toList();
    }

    /** The learner's registered AMIs, each as of now ("My AMIs"). */
    public List<Ami> myAmis() {
        return resources.registeredImagesAt(now());
    }

    /** AMIs of other learners this account may launch: shared with its id, or public. */
    public List<Ami> sharedWithMe() {
        return env.sharedImages().stream().filter(a -> !a.ownerId().equals(accountId) && a.launchableBy(accountId))
                .toList();
    }

    /** Snapshots that exist now, including those of deregistered AMIs, which still cost. */
    public List<Snapshot> snapshots() {
        Instant now = now();
        return resources.snapshots.values().stream().filter(s -> s.existsAt(now)).toList();
    }

    /** S3 bundles that exist now, including those of deregistered AMIs, which still cost. */
    public List<ImageBundle> bundles() {
        Instant now = now();
        return resources.bundles.values().stream().filter(b -> b.existsAt(now)).toList();
    }

    /** An AMI the learner can see now: a published one or one of their registered own. */
    public Optional<Ami> image(String imageId) {
        return images.visibleAt(imageId, now());
    }

    public List<PlaygroundEvent> events() {
        return log.lines();
    }

    /** Charges over [from, to), for everything the learner ever had, folded or not. */
    public CostBreakdown costs(Instant from, Instant to) {
        return billing.costs(from, to);
    }

    /** Charges since the playground started. */
    public CostBreakdown costsSoFar() {
        Instant now = now();
        return costs(earlier(startedAt, now), now);
    }

    /**
     * How the cost of the whole playground grew from its start to {@code until}, at up to {@code points}
     * moments. A series ends at the simulated now at the latest: the future has not been spent yet.
     */
    public CostSeries costSeries(Instant until, int points) {
        Instant to = earlier(until, now());
        return billing.costSeries(earlier(startedAt, to), to, points);
    }

    /**
     * How one instance's cost grew from its launch to {@code until} (at most now): its usage and
     * software, and the volumes it was launched with, even after they outlive it. The same charges as
     * {@link CostBreakdown#forInstance(String)}; empty for an instance EC2 no longer lists.
     */
    public Optional<CostSeries> costSeries(String instanceId, Instant until, int points) {
        Instant now = now();
        return billing.costSeries(instanceId, now, earlier(until, now), points);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** What one month would cost if everything stayed as it is now, at the prices in force now. */
    public CostBreakdown monthlyProjection() {
        return billing.monthlyProjection(now());
    }

    /** The one door for every command, whoever sends it: the page, a workshop, a checker, the API. */
    public <T> ActionResult<T> execute(Actor actor, PlaygroundCommand<T> command) {
        return command.applyTo(this, actor);
    }

    /**
     * The same door with EC2's ClientToken: the first accepted command with a token is remembered
     * with its answer; sending it again with that token returns that answer and changes nothing,
     * however often, while the same token with another command is refused. The newest
     * {@value #REMEMBERED_TOKENS} tokens are kept, enough for any retry a person or a client makes.
     */
    @SuppressWarnings("unchecked")
    public <T> ActionResult<T> execute(Actor actor, PlaygroundCommand<T> command, @Nullable String clientToken) {
        if (clientToken == null || !ClientTokenUse.wellFormed(clientToken)) {
            return log.refuse(actor, command.action(), List.of(EventDetail.NO_TARGET), catchUp(),
                    Refusal.CLIENT_TOKEN_INVALID.error(clientToken == null ? "" : clientToken));
        }
        ClientTokenUse seen = clientTokens.get(clientToken);
        if (seen != null) {
            if (!seen.command().equals(command)) {
                return log.refuse(actor, command.action(), List.of(EventDetail.NO_TARGET), catchUp(),
                        Refusal.CLIENT_TOKEN_REUSED.error(clientToken));
            }
            return ActionResult.success((T) seen.answer());
        }
        ActionResult<T> result = execute(actor, command);
        if (result.isSuccess()) {
            remember(new ClientTokenUse(clientToken, command, result.value(), realNow()));
        }
        return result;
    }

    private void remember(ClientTokenUse use) {
        clientTokens.put(use.token(), use);
        if (clientTokens.size() > REMEMBERED_TOKENS) {
            clientTokens.remove(clientTokens.keySet().iterator().next());
        }
    }

    public ActionResult<List<Instance>> launch(Actor actor, LaunchRequest request) {
        return compute.launch(actor, request, catchUp());
    }

    public ActionResult<List<StateChange>> start(Actor actor, String... instanceIds) {
        Instant now = catchUp();
        Optional<Ec2Error> spent = settings.budget().filter(budget -> costsSoFar().total().compareTo(budget) >= 0)
                .map(budget -> Refusal.BUDGET_SPENT.error(costsSoFar().total().toDisplayString(), budget.toDisplayString()));
        if (spent.isPresent()) {
            return log.refuse(actor, EventType.START, instanceIds.length == 0 ? List.of(EventDetail.NO_TARGET)
                    : List.of(instanceIds), now, spent.get());
        }
        return compute.changeStates(actor, EventType.START, instanceIds, InstanceRules::start, now);
    }

    /**
     * A launch is denied when what is spent plus the launch's first hour (its instances running, its
     * volumes stored) would pass the budget, at the prices in force now.
     */
    private Optional<Ec2Error> budgetAllows(LaunchPlan plan, LaunchRequest request) {
        if (settings.budget().isEmpty()) {
            return Optional.empty();
        }
        Money budget = settings.budget().get();
        PriceBook prices = billing.prices().latest();
        LaunchEstimate estimate = LaunchEstimate.of(prices, plan.ami(), request);
        Money firstHour = estimate.perRunningHour().plus(new Money(estimate.storagePerMonth().amount()
                .divide(java.math.BigDecimal.valueOf(prices.hoursPerMonth()), 6, java.math.RoundingMode.HALF_UP)));
        Money spent = costsSoFar().total();
        return spent.plus(firstHour).compareTo(budget) > 0
                ? Optional.of(Refusal.BUDGET_LAUNCH_DENIED.error(firstHour.toDisplayString(), spent.toDisplayString(),
                        budget.toDisplayString()))
                : Optional.empty();
    }

    public ActionResult<List<StateChange>> stop(Actor actor, String... instanceIds) {
        return compute.changeStates(actor, EventType.STOP, instanceIds, InstanceRules::stop, catchUp());
    }

    public ActionResult<List<StateChange>> reboot(Actor actor, String... instanceIds) {
        return compute.changeStates(actor, EventType.REBOOT, instanceIds, InstanceRules::reboot, catchUp());
    }

    public ActionResult<List<StateChange>> terminate(Actor actor, String... instanceIds) {
        return compute.changeStates(actor, EventType.TERMINATE, instanceIds, InstanceRules::terminate, catchUp());
    }

    public ActionResult<Instance> modifyInstanceType(Actor actor, String instanceId, String newType) {
        return compute.modifyInstanceType(actor, instanceId, newType, catchUp());
    }

    public ActionResult<ImageRecipe> createImageRecipe(Actor actor, ImageRecipeRequest request) {
        return imageBuilder.createRecipe(actor, request, catchUp());
    }

    /** The learner's Image Builder recipes, every version, oldest first. */
    public List<ImageRecipe> imageRecipes() {
        return List.copyOf(resources.recipes.values());
    }

    public ActionResult<BuilderComponent> createComponent(Actor actor, ComponentRequest request) {
        return imageBuilder.createComponent(actor, request, catchUp());
    }

    /** The learner's own Image Builder components, every version, oldest first. */
    public List<BuilderComponent> myComponents() {
        return List.copyOf(resources.components.values());
    }

    public ActionResult<ImagePipeline> createImagePipeline(Actor actor, ImagePipelineRequest request) {
        return pipelines.create(actor, request, catchUp());
    }

    public ActionResult<ImagePipeline> updateImagePipeline(Actor actor, ImagePipelineRequest request) {
        return pipelines.update(actor, request, catchUp());
    }

    public ActionResult<ImageBuild> startImagePipelineExecution(Actor actor, String region, String pipelineName) {
        return pipelines.start(actor, region, pipelineName, catchUp());
    }

    /** The learner's Image Builder pipelines, oldest first. */
    public List<ImagePipeline> imagePipelines() {
        return List.copyOf(resources.pipelines.values());
    }

    /** Every image the learner's pipelines built or are building, oldest first, as read at the simulated now. */
    public List<ImageBuild> imageBuilds() {
        return List.copyOf(resources.builds.values());
    }

    public ActionResult<ImportTask> importImage(Actor actor, String region, String description, DiskImage disk) {
        return images.importImage(actor, region, description, disk, catchUp());
    }

    /** VM Import tasks as describe-import-image-tasks lists them: for a week after they ended. */
    public List<ImportTask> importTasks() {
        Instant now = now();
        return resources.importTasks.values().stream().filter(task -> task.listedAt(now)).toList();
    }

    public ActionResult<Instance> failHost(Actor actor, String instanceId) {
        return compute.failHost(actor, instanceId, catchUp());
    }

    public ActionResult<Instance> setProtection(Actor actor, String instanceId, Protection protection, boolean enabled) {
        return compute.setProtection(actor, instanceId, protection, enabled, catchUp());
    }

    public ActionResult<ShellOutput> runShellCommand(Actor actor, String instanceId, String commandLine) {
        return compute.runShellCommand(actor, instanceId, commandLine, catchUp());
    }

    /** What connecting to a running instance shows; a read: it changes and logs nothing. */
    public ActionResult<ShellGreeting> shellGreeting(String instanceId) {
        return compute.greeting(instanceId, now());
    }

    public ActionResult<Ami> createImage(Actor actor, CreateImageRequest request) {
        return images.createImage(actor, request, catchUp());
    }

    /** Bundles a running instance store-backed instance into an AMI of the learner's own (see {@link Images}). */
    public ActionResult<Ami> bundleInstance(Actor actor, BundleInstanceRequest request) {
        return images.bundleInstance(actor, request, catchUp());
    }

    public ActionResult<Ami> copyImage(Actor actor, CopyImageRequest request) {
        return images.copyImage(actor, request, catchUp());
    }

    public ActionResult<Ami> deregisterImage(Actor actor, String imageId) {
        return images.deregisterImage(actor, imageId, catchUp());
    }

    public ActionResult<Ami> modifyLaunchPermission(Actor actor, String imageId, LaunchPermissionChange change) {
        return images.modifyLaunchPermission(actor, imageId, change, catchUp());
    }

    public ActionResult<Snapshot> deleteSnapshot(Actor actor, String snapshotId) {
        return storage.deleteSnapshot(actor, snapshotId, catchUp());
    }

    public ActionResult<ImageBundle> deleteBundle(Actor actor, @Nullable String location) {
        return storage.deleteBundle(actor, location == null ? "" : location, catchUp());
    }

    public ActionResult<Volume> deleteVolume(Actor actor, String volumeId) {
        return storage.deleteVolume(actor, volumeId, catchUp());
    }

    /** Moves simulated time forward by {@code step} at once (an hour, a day, thirty days...). */
    public ActionResult<SimulatedClock> advanceClock(Actor actor, Duration step) {
        Instant now = catchUp();
        if (step.isNegative() || step.isZero()) {
            return log.refuse(actor, EventType.ADVANCE_CLOCK, List.of(EventDetail.CLOCK), now,
                    Refusal.ADVANCE_NOT_POSITIVE.error(step));
        }
        log.log(actor, now, new EventDetail.ClockAdvanced(step));
        clock = clock.advancedBy(step, realNow());
        catchUp();
        return ActionResult.success(clock);
    }

    public ActionResult<SimulatedClock> setSpeed(Actor actor, int speed) {
        Instant now = catchUp();
        if (speed < SimulatedClock.MIN_SPEED || speed > SimulatedClock.MAX_SPEED) {
            return log.refuse(actor, EventType.SET_SPEED, List.of(EventDetail.CLOCK), now,
                    Refusal.SPEED_OUT_OF_RANGE.error(speed, SimulatedClock.MIN_SPEED, SimulatedClock.MAX_SPEED));
        }
        int before = clock.speed();
        clock = clock.withSpeed(speed, realNow());
        log.log(actor, now, new EventDetail.ClockSpeedChanged(before, speed));
        return ActionResult.success(clock);
    }

    public ActionResult<SimulatedClock> pause(Actor actor) {
        Instant now = catchUp();
        clock = clock.pausedAt(realNow());
        log.log(actor, now, new EventDetail.ClockRunning(false));
        return ActionResult.success(clock);
    }

    public ActionResult<SimulatedClock> resume(Actor actor) {
        Instant now = catchUp();
        clock = clock.resumedAt(realNow());
        log.log(actor, now, new EventDetail.ClockRunning(true));
        return ActionResult.success(clock);
    }

    /**
     * Writes down every change due by the simulated now, in time order, and logs each one; then
     * folds what EC2 no longer lists. Actions call this first; the playground service also calls it
     * on a copy it throws away, to show the lines the next action will write. Returns the simulated now.
     */
    public Instant catchUp() {
        Instant now = now();
        for (Optional<DueChange> due = resources.firstDueBy(now); due.isPresent(); due = resources.firstDueBy(now)) {
            due.get().happen(new DueChange.Context(resources, log, clock.realInstantOf(due.get().at()), now, pipelines,
                    imageBuilds));
        }
        billing.fold(now);
        return now;
    }

    private Instant realNow() {
        return env.realClock().instant();
    }
}
