package org.amilab.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One learner's EC2 playground: clock, instances, volumes, own AMIs, their snapshots and S3 bundles,
 * and the event log.
 *
 * <p>Every action first materialises the transitions that are due by the simulated now, then applies
 * its rule, then logs what happened, refused or not. Reads ({@link #instances()}, costs) never
 * change anything: they project states from timestamps. Not thread-safe: one action at a time, as
 * one transaction of the playground service.
 */
public final class Playground {

    private static final String CLOCK = EventDetail.CLOCK;
    private static final String NO_TARGET = EventDetail.NO_TARGET;
    private static final String COPIED_VOLUME_ID = "vol-ffffffff";
    static final int REMEMBERED_TOKENS = 100;

    private final SimulatorEnvironment env;
    private final ResourceIds ids;
    private final LaunchPlanner planner;
    private PriceHistory prices;
    private PricedCosts costs;
    private final String accountId;
    private final PlaygroundSettings settings;
    private final Instant startedAt;
    private SimulatedClock clock;
    private SettledCosts settled;
    private final Map<String, Instance> instances = new LinkedHashMap<>();
    private final Map<String, Volume> volumes = new LinkedHashMap<>();
    private final Map<String, OwnedAmi> images = new LinkedHashMap<>();
    private final Map<String, Snapshot> snapshots = new LinkedHashMap<>();
    /** By location (bucket/manifest). */
    private final Map<String, ImageBundle> bundles = new LinkedHashMap<>();
    private final List<PlaygroundEvent> events = new ArrayList<>();
    /** By token, oldest first. */
    private final Map<String, ClientTokenUse> clientTokens = new LinkedHashMap<>();

    private Playground(SimulatorEnvironment env, PlaygroundState state) {
        this.env = env;
        this.ids = new ResourceIds(env.random());
        this.planner = new LaunchPlanner(env.catalog(), this::visibleImage);
        this.accountId = state.accountId();
        this.settings = state.settings();
        this.startedAt = state.startedAt();
        this.clock = state.clock();
        this.settled = state.settled();
        this.prices = state.prices();
        this.costs = new PricedCosts(prices);
        adoptPrices();
        state.instances().forEach(i -> instances.put(i.id(), i));
        state.volumes().forEach(v -> volumes.put(v.id(), v));
        state.images().forEach(a -> images.put(a.id(), a));
        state.snapshots().forEach(s -> snapshots.put(s.id(), s));
        state.bundles().forEach(b -> bundles.put(b.location(), b));
        events.addAll(state.events());
        state.clientTokens().forEach(use -> clientTokens.put(use.token(), use));
    }

    /**
     * A price book that came into force since this playground was stored applies from the simulated
     * instant its clock showed then. Every read and the next action compute the same instant from the
     * same stored clock, so what a read shows is what the action writes down.
     */
    private void adoptPrices() {
        if (prices.latest().equals(env.prices())) {
            return;
        }
        Instant since = clock.simulatedNow(env.pricesSince());
        Instant now = now();
        prices = prices.inForceFrom(since.isAfter(now) ? now : since, env.prices());
        costs = new PricedCosts(prices);
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
        return new PlaygroundState(accountId, settings, startedAt, clock, List.copyOf(instances.values()),
                List.copyOf(volumes.values()), List.copyOf(images.values()), List.copyOf(snapshots.values()),
                List.copyOf(bundles.values()), List.copyOf(events), List.copyOf(clientTokens.values()), settled, prices);
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
        return clock.simulatedNow(env.realClock().instant());
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The instances EC2 would list now, each as of now (terminated ones for an hour). */
    public List<Instance> instances() {
        Instant now = now();
        return instances.values().stream().filter(i -> i.visibleAt(now)).map(i -> i.materialisedAt(now)).toList();
    }

    public Optional<Instance> instance(String instanceId) {
        Instant now = now();
        return Optional.ofNullable(instances.get(instanceId)).filter(i -> i.visibleAt(now)).map(i -> i.materialisedAt(now));
    }

    /** Volumes that exist now. */
    public List<Volume> volumes() {
        Instant now = now();
        return volumes.values().stream().filter(v -> v.stateAt(now) != VolumeState.DELETED).toList();
    }

    public Optional<Volume> volume(String volumeId) {
        Instant now = now();
        return Optional.ofNullable(volumes.get(volumeId)).filter(v -> v.stateAt(now) != VolumeState.DELETED);
    }

    /** The learner's registered AMIs, each as of now ("My AMIs"). */
    public List<Ami> myAmis() {
        Instant now = now();
        return images.values().stream().map(a -> a.amiAt(now)).filter(a -> a.state() != ImageState.DEREGISTERED).toList();
    }

    /** Snapshots that exist now, including those of deregistered AMIs, which still cost. */
    public List<Snapshot> snapshots() {
        Instant now = now();
        return snapshots.values().stream().filter(s -> s.existsAt(now)).toList();
    }

    /** S3 bundles that exist now, including those of deregistered AMIs, which still cost. */
    public List<ImageBundle> bundles() {
        Instant now = now();
        return bundles.values().stream().filter(b -> b.existsAt(now)).toList();
    }

    /** An AMI the learner can see now: a published one or one of their registered own. */
    public Optional<Ami> image(String imageId) {
        return visibleImage(imageId);
    }

    public List<PlaygroundEvent> events() {
        return List.copyOf(events);
    }

    /** Charges over [from, to), for everything the learner ever had, folded or not. */
    public CostBreakdown costs(Instant from, Instant to) {
        CostBreakdown live = costs.between(instances.values(), volumes.values(), snapshots.values(), bundles.values(),
                from, to);
        if (settled.isEmpty()) {
            return live;
        }
        List<CostLine> lines = new ArrayList<>(live.lines());
        lines.addAll(settled.lines(from, to));
        return new CostBreakdown(from, to, lines);
    }

    /** Charges since the playground started. */
    public CostBreakdown costsSoFar() {
        Instant now = now();
        return costs(startedAt.isBefore(now) ? startedAt : now, now);
    }

    /**
     * How the cost of the whole playground grew from its start to {@code until}, at up to {@code points}
     * moments. A series ends at the simulated now at the latest: the future has not been spent yet.
     */
    public CostSeries costSeries(Instant until, int points) {
        Instant to = earlier(until, now());
        Instant from = startedAt.isBefore(to) ? startedAt : to;
        CostSeries live = costs.series(instances.values(), volumes.values(), snapshots.values(), bundles.values(), from, to,
                points);
        if (settled.isEmpty()) {
            return live;
        }
        return new CostSeries(live.points().stream().map(point -> {
            Map<CostCategory, Money> spent = new java.util.EnumMap<>(CostCategory.class);
            point.spent().forEach((category, money) -> spent.put(category,
                    money.plus(new Money(settled.spentBy(category, point.at()).subtract(settled.spentBy(category, from))))));
            return new CostPoint(point.at(), spent);
        }).toList());
    }

    /**
     * How one instance's cost grew from its launch to {@code until} (at most now): its usage and
     * software, and the volumes it was launched with, even after they outlive it. The same charges as
     * {@link CostBreakdown#forInstance(String)}; empty for an instance EC2 no longer lists.
     */
    public Optional<CostSeries> costSeries(String instanceId, Instant until, int points) {
        Instant now = now();
        Instant to = earlier(until, now);
        return Optional.ofNullable(instances.get(instanceId)).filter(i -> i.visibleAt(now)).map(instance -> {
            List<Volume> its = volumes.values().stream().filter(v -> v.attachedTo(instanceId)).toList();
            Instant launched = instance.launchedAt();
            return costs.series(List.of(instance), its, List.of(), List.of(), launched.isBefore(to) ? launched : to, to, points);
        });
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** What one month would cost if everything stayed as it is now. */
    public CostBreakdown monthlyProjection() {
        // the future at the book in force now, which adoptPrices made the latest
        return costs.latest().monthlyProjection(instances.values(), volumes.values(), snapshots.values(), bundles.values(),
                now());
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
    public <T> ActionResult<T> execute(Actor actor, PlaygroundCommand<T> command, String clientToken) {
        if (!ClientTokenUse.wellFormed(clientToken)) {
            Instant now = catchUp();
            return refuse(actor, command.action(), List.of(NO_TARGET), now,
                    Refusal.CLIENT_TOKEN_INVALID.error(clientToken == null ? "" : clientToken));
        }
        ClientTokenUse seen = clientTokens.get(clientToken);
        if (seen != null) {
            if (!seen.command().equals(command)) {
                Instant now = catchUp();
                return refuse(actor, command.action(), List.of(NO_TARGET), now,
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
        Instant now = catchUp();
        ActionResult<LaunchPlan> plan = planner.plan(request).flatMap(p -> withinQuota(p, request.count(), now));
        String target = request.imageId().isBlank() ? NO_TARGET : request.imageId();
        if (!plan.isSuccess()) {
            return refuse(actor, EventType.LAUNCH, List.of(target), now, plan.error());
        }
        List<Instance> launched = new ArrayList<>();
        for (int n = 0; n < request.count(); n++) {
            Instance instance = createInstance(plan.value(), request, now);
            launched.add(instance);
            log(actor, now, new EventDetail.InstanceLaunched(instance.id(), instance.imageId(), instance.instanceType(),
                    instance.region(), instance.rootDeviceType(), instance.rootSizeGiB()));
        }
        return ActionResult.success(List.copyOf(launched));
    }

    public ActionResult<List<StateChange>> start(Actor actor, String... instanceIds) {
        return changeStates(actor, EventType.START, instanceIds, InstanceRules::start);
    }

    public ActionResult<List<StateChange>> stop(Actor actor, String... instanceIds) {
        return changeStates(actor, EventType.STOP, instanceIds, InstanceRules::stop);
    }

    public ActionResult<List<StateChange>> reboot(Actor actor, String... instanceIds) {
        return changeStates(actor, EventType.REBOOT, instanceIds, InstanceRules::reboot);
    }

    public ActionResult<List<StateChange>> terminate(Actor actor, String... instanceIds) {
        return changeStates(actor, EventType.TERMINATE, instanceIds, InstanceRules::terminate);
    }

    public ActionResult<Instance> modifyInstanceType(Actor actor, String instanceId, String newType) {
        Instant now = catchUp();
        Optional<String> before = Optional.ofNullable(instances.get(instanceId)).map(Instance::instanceType);
        ActionResult<Instance> result = findInstances(new String[] {instanceId}, now)
                .flatMap(found -> env.catalog().instanceType(newType)
                        .map(type -> InstanceRules.changeType(found.get(0), type, now))
                        .orElseGet(() -> ActionResult.failure(Refusal.UNKNOWN_INSTANCE_TYPE.error(newType))))
                .map(this::store);
        return record(actor, EventType.MODIFY_INSTANCE_TYPE, instanceId, now, result,
                i -> new EventDetail.InstanceTypeChanged(i.id(), before.orElseThrow(), i.instanceType()));
    }

    public ActionResult<Instance> setProtection(Actor actor, String instanceId, Protection protection, boolean enabled) {
        Instant now = catchUp();
        ActionResult<Instance> result = findInstances(new String[] {instanceId}, now)
                .flatMap(found -> InstanceRules.protect(found.get(0), protection, enabled, now))
                .map(this::store);
        return record(actor, EventType.SET_PROTECTION, instanceId, now, result,
                i -> new EventDetail.ProtectionChanged(i.id(), protection, enabled));
    }

    private Instance store(Instance instance) {
        instances.put(instance.id(), instance);
        return instance;
    }

    private ActionResult<List<StateChange>> changeStates(Actor actor, EventType type, String[] instanceIds,
                                                         BiFunction<Instance, Instant, ActionResult<Instance>> rule) {
        Instant now = catchUp();
        ActionResult<List<Instance>> changed = findInstances(instanceIds, now).flatMap(found -> applyToAll(found, now, rule));
        if (!changed.isSuccess()) {
            List<String> targets = instanceIds.length == 0 ? List.of(NO_TARGET) : Arrays.asList(instanceIds);
            return refuse(actor, type, targets, now, changed.error());
        }
        List<StateChange> changes = new ArrayList<>();
        for (Instance next : changed.value()) {
            StateChange change = new StateChange(next.id(), instances.get(next.id()).stateAt(now), next.stateAt(now));
            apply(next, change);
            changes.add(change);
            log(actor, now, type == EventType.REBOOT
                    ? new EventDetail.InstanceRebooted(next.id(), change.currentState() == InstanceState.RUNNING)
                    : new EventDetail.InstanceStateChanged(type, next.id(), change.previousState(), change.currentState(),
                            next.stateReasonAt(now)));
        }
        return ActionResult.success(List.copyOf(changes));
    }

    /** All or nothing: if one instance refuses, none of the named instances changes. */
    private static ActionResult<List<Instance>> applyToAll(List<Instance> found, Instant now,
                                                           BiFunction<Instance, Instant, ActionResult<Instance>> rule) {
        List<Instance> next = new ArrayList<>();
        for (Instance instance : found) {
            ActionResult<Instance> result = rule.apply(instance, now);
            if (!result.isSuccess()) {
                return ActionResult.failure(result.error());
            }
            next.add(result.value());
        }
        return ActionResult.success(next);
    }

    private void apply(Instance next, StateChange change) {
        instances.put(next.id(), next);
        if (change.changed() && change.currentState() == InstanceState.SHUTTING_DOWN) {
            Instant terminatedAt = next.lastSegment().end();
            volumes.replaceAll((id, v) -> v.attachedTo(next.id()) && v.detachedAt().isEmpty() ? v.afterTerminationAt(terminatedAt) : v);
        }
    }

    private ActionResult<List<Instance>> findInstances(String[] instanceIds, Instant now) {
        if (instanceIds.length == 0) {
            return ActionResult.failure(Refusal.MISSING_INSTANCE_ID.error());
        }
        Optional<String> malformed = Stream.of(instanceIds).filter(id -> !ResourceIds.wellFormed(ResourceIds.INSTANCE, id)).findFirst();
        if (malformed.isPresent()) {
            return ActionResult.failure(Refusal.INSTANCE_ID_MALFORMED.error(malformed.get()));
        }
        List<String> unknown = Stream.of(instanceIds).distinct()
                .filter(id -> !instances.containsKey(id) || !instances.get(id).visibleAt(now)).toList();
        if (!unknown.isEmpty()) {
            Refusal refusal = unknown.size() == 1 ? Refusal.INSTANCE_NOT_FOUND : Refusal.INSTANCES_NOT_FOUND;
            return ActionResult.failure(refusal.error(String.join(", ", unknown)));
        }
        return ActionResult.success(Stream.of(instanceIds).distinct().map(instances::get).toList());
    }

    private ActionResult<LaunchPlan> withinQuota(LaunchPlan plan, int count, Instant now) {
        long live = instances.values().stream().filter(i -> i.stateAt(now) != InstanceState.TERMINATED).count();
        int limit = settings.instanceQuota();
        return live + count > limit
                ? ActionResult.failure(Refusal.INSTANCE_LIMIT_EXCEEDED.error(live + count, limit))
                : ActionResult.success(plan);
    }

    private Instance createInstance(LaunchPlan plan, LaunchRequest request, Instant now) {
        Ami ami = plan.ami();
        String instanceId = ids.next(ResourceIds.INSTANCE, instances::containsKey);
        plan.rootVolume().ifPresent(root -> addVolume(root, instanceId, ami.rootDeviceName(), ami.region(), now));
        plan.ebsMappings().forEach(m -> addVolume(m.ebsVolume(), instanceId, m.deviceName(), ami.region(), now));
        StateSegment booting = new StateSegment(InstanceState.PENDING, plan.type().name(), now,
                Optional.of(now.plus(LifecycleDurations.boot(ami.rootDeviceType()))), StateReason.NONE);
        Instance instance = new Instance(instanceId, request.name(), ami.region(), ami.id(), ami.architecture(), ami.platform(),
                ami.rootDeviceType(), ami.rootDeviceName(), plan.rootSizeGiB(), ami.virtualizationType(),
                ami.softwareHourlyUsd(), plan.instanceStoreMappings(), request.terminationProtection(), request.stopProtection(),
                List.of(booting));
        instances.put(instanceId, instance);
        return instance;
    }

    private void addVolume(EbsBlockDevice ebs, String instanceId, String device, String region, Instant now) {
        String volumeId = ids.next(ResourceIds.VOLUME, volumes::containsKey);
        volumes.put(volumeId, Volume.attachedAtLaunch(volumeId, region, ebs, instanceId, device, now));
    }

    public ActionResult<Ami> createImage(Actor actor, CreateImageRequest request) {
        Instant now = catchUp();
        ActionResult<Ami> result = findInstances(new String[] {request.instanceId()}, now)
                .flatMap(found -> unless(ImageRules.checkSource(found.get(0), now)
                        .or(() -> checkNewName(request.name(), found.get(0).region())), found.get(0)))
                .map(source -> registerImage(actor, source, request, now));
        return record(actor, EventType.CREATE_IMAGE, request.instanceId(), now, result,
                ami -> registered(EventType.CREATE_IMAGE, ami, request.instanceId(), ami.region()));
    }

    private static <T> ActionResult<T> unless(Optional<Ec2Error> refused, T value) {
        return refused.<ActionResult<T>>map(ActionResult::failure).orElseGet(() -> ActionResult.success(value));
    }

    /** AMI names follow EC2's pattern and are unique per account and region. */
    private Optional<Ec2Error> checkNewName(String name, String region) {
        return ImageRules.checkName(name)
                .or(() -> myAmis().stream().filter(a -> a.region().equals(region) && a.name().equals(name))
                        .findFirst().map(a -> Refusal.IMAGE_NAME_DUPLICATE.error(name, a.id())));
    }

    private String newImageId() {
        return ids.next(ResourceIds.AMI, id -> images.containsKey(id) || env.catalog().ami(id).isPresent());
    }

    private Ami registerImage(Actor actor, Instance source, CreateImageRequest request, Instant now) {
        if (source.stateAt(now) == InstanceState.RUNNING && !request.noReboot()) {
            log(actor, now, new EventDetail.InstanceRebooted(source.id(), true));
        }
        String imageId = newImageId();
        List<BlockDeviceMapping> mappings = new ArrayList<>();
        int totalGiB = 0;
        for (Volume volume : attachedVolumes(source, now)) {
            Snapshot snapshot = new Snapshot(ids.next(ResourceIds.SNAPSHOT, snapshots::containsKey), source.region(),
                    volume.id(), volume.sizeGiB(), imageId, now, Optional.empty());
            snapshots.put(snapshot.id(), snapshot);
            mappings.add(BlockDeviceMapping.ebs(volume.deviceName(), new EbsBlockDevice(snapshot.id(), volume.sizeGiB(),
                    volume.volumeType(), volume.deleteOnTermination())));
            totalGiB += volume.sizeGiB();
        }
        mappings.addAll(source.instanceStoreMappings());
        Ami ami = new Ami(imageId, request.name(), request.description(), source.region(), AmiSource.MY_AMIS,
                source.platform(), operatingSystemOf(source), source.architecture(), RootDeviceType.EBS,
                source.rootDeviceName(), source.virtualizationType(), source.rootSizeGiB(), ImageState.PENDING, accountId,
                "", false, mappings, LaunchPermission.PRIVATE, source.softwareHourlyUsd());
        images.put(imageId, OwnedAmi.registered(ami, now, now.plus(LifecycleDurations.imageCreation(totalGiB))));
        return ami;
    }

    private List<Volume> attachedVolumes(Instance instance, Instant now) {
        return volumes.values().stream()
                .filter(v -> v.attachedTo(instance.id()) && v.stateAt(now) == VolumeState.IN_USE).toList();
    }

    private String operatingSystemOf(Instance instance) {
        return env.catalog().ami(instance.imageId()).or(() -> Optional.ofNullable(images.get(instance.imageId())).map(OwnedAmi::ami))
                .map(Ami::operatingSystem).orElse(instance.platform().name());
    }

    /**
     * Captures a running instance store-backed instance as an instance store-backed AMI of the
     * learner's own. On Linux the AMI tools do this from inside the instance, which keeps running
     * (ec2-bundle-vol packs the root device, ec2-upload-bundle puts the parts in S3, RegisterImage
     * registers the manifest); EC2's BundleInstance API is the Windows way, and the catalog has no
     * instance store-backed Windows AMI. Only the root device is bundled: data on other instance
     * store volumes is not kept.
     */
    public ActionResult<Ami> bundleInstance(Actor actor, BundleInstanceRequest request) {
        Instant now = catchUp();
        ActionResult<Ami> result = findInstances(new String[] {request.instanceId()}, now)
                .flatMap(found -> unless(ImageRules.checkBundleSource(found.get(0), now)
                        .or(() -> checkNewName(request.name(), found.get(0).region())), found.get(0)))
                .map(source -> registerBundle(source, request, now));
        return record(actor, EventType.BUNDLE_INSTANCE, request.instanceId(), now, result,
                ami -> registered(EventType.BUNDLE_INSTANCE, ami, request.instanceId(), ami.region()));
    }

    private Ami registerBundle(Instance source, BundleInstanceRequest request, Instant now) {
        String imageId = newImageId();
        int sizeGiB = source.rootSizeGiB();
        ImageBundle bundle = ImageBundle.forImage(accountId, imageId, source.region(), sizeGiB, now);
        bundles.put(bundle.location(), bundle);
        Ami ami = new Ami(imageId, request.name(), request.description(), source.region(), AmiSource.MY_AMIS,
                source.platform(), operatingSystemOf(source), source.architecture(), RootDeviceType.INSTANCE_STORE,
                source.rootDeviceName(), source.virtualizationType(), sizeGiB, ImageState.PENDING, accountId, "", false,
                source.instanceStoreMappings(), LaunchPermission.PRIVATE, source.softwareHourlyUsd());
        images.put(imageId, OwnedAmi.registered(ami, now, now.plus(LifecycleDurations.bundling(sizeGiB))));
        return ami;
    }

    /**
     * CopyImage: a new AMI with a new id in the target region, pending until its storage is copied.
     * The copy has storage of its own there (new snapshots, or a new S3 bundle), billed at that
     * region's rates, and is private: launch permissions are not copied.
     */
    public ActionResult<Ami> copyImage(Actor actor, CopyImageRequest request) {
        Instant now = catchUp();
        Optional<Ec2Error> refused = Checks.first(
                () -> checkRegion(request.targetRegion()),
                () -> checkRegion(request.sourceRegion()),
                () -> ImageRules.checkName(request.name()),
                () -> Checks.refuseIf(!ResourceIds.wellFormed(ResourceIds.AMI, request.sourceImageId()),
                        () -> Refusal.AMI_ID_MALFORMED.error(request.sourceImageId())));
        ActionResult<Ami> result = refused.<ActionResult<Ami>>map(ActionResult::failure)
                .orElseGet(() -> visibleImage(request.sourceImageId()).filter(a -> a.region().equals(request.sourceRegion()))
                        .map(ActionResult::success)
                        .orElseGet(() -> ActionResult.failure(Refusal.AMI_NOT_FOUND.error(request.sourceImageId(),
                                request.sourceRegion()))))
                .flatMap(source -> unless(ImageRules.checkCopySource(source, accountId)
                        .or(() -> checkNewName(request.name(), request.targetRegion())), source))
                .map(source -> registerCopy(source, request, now));
        String target = request.sourceImageId().isBlank() ? NO_TARGET : request.sourceImageId();
        return record(actor, EventType.COPY_IMAGE, target, now, result,
                ami -> registered(EventType.COPY_IMAGE, ami, request.sourceImageId(), request.sourceRegion()));
    }

    private static EventDetail registered(EventType way, Ami ami, String source, String sourceRegion) {
        return new EventDetail.ImageRegistered(way, ami.id(), ami.name(), ami.region(), ami.rootDeviceType(), source,
                sourceRegion);
    }

    private Optional<Ec2Error> checkRegion(String region) {
        return Checks.refuseIf(env.catalog().region(region).isEmpty(), () -> Refusal.UNKNOWN_REGION.error(region,
                String.join(", ", env.catalog().regions().stream().map(Region::code).toList())));
    }

    private Ami registerCopy(Ami source, CopyImageRequest request, Instant now) {
        String imageId = newImageId();
        String region = request.targetRegion();
        int copiedGiB = 0;
        List<BlockDeviceMapping> mappings = new ArrayList<>();
        if (source.rootDeviceType() == RootDeviceType.INSTANCE_STORE) {
            ImageBundle bundle = ImageBundle.forImage(accountId, imageId, region, source.rootSnapshotSizeGiB(), now);
            bundles.put(bundle.location(), bundle);
            copiedGiB = bundle.sizeGiB();
            mappings.addAll(source.blockDeviceMappings());
        } else {
            for (BlockDeviceMapping mapping : source.blockDeviceMappings()) {
                if (mapping.isEbs() && mapping.ebsVolume().fromSnapshot()) {
                    Snapshot copy = copySnapshot(mapping.ebsVolume(), imageId, region, now);
                    mappings.add(BlockDeviceMapping.ebs(mapping.deviceName(), new EbsBlockDevice(copy.id(),
                            mapping.ebsVolume().volumeSize(), mapping.ebsVolume().volumeType(), mapping.ebsVolume().deleteOnTermination())));
                    copiedGiB += copy.sizeGiB();
                } else {
                    mappings.add(mapping);
                }
            }
        }
        String description = request.description().isBlank()
                ? ("[Copied " + source.id() + " from " + source.region() + "] " + source.description()).strip()
                : request.description();
        Ami copy = new Ami(imageId, request.name(), description, region, AmiSource.MY_AMIS, source.platform(),
                source.operatingSystem(), source.architecture(), source.rootDeviceType(), source.rootDeviceName(),
                source.virtualizationType(), source.rootSnapshotSizeGiB(), ImageState.PENDING, accountId, "", false,
                mappings, LaunchPermission.PRIVATE, source.softwareHourlyUsd());
        images.put(imageId, OwnedAmi.registered(copy, now, now.plus(LifecycleDurations.imageCopy(copiedGiB))));
        return copy;
    }

    /**
     * A snapshot of the copy, as big as the one it copies. EC2 gives copied snapshots the placeholder
     * volume id vol-ffffffff: no volume in the target region ever held the data.
     */
    private Snapshot copySnapshot(EbsBlockDevice original, String imageId, String region, Instant now) {
        int sizeGiB = Optional.ofNullable(snapshots.get(original.snapshotId())).map(Snapshot::sizeGiB)
                .orElse(original.volumeSize());
        Snapshot copy = new Snapshot(ids.next(ResourceIds.SNAPSHOT, snapshots::containsKey), region, COPIED_VOLUME_ID,
                sizeGiB, imageId, now, Optional.empty());
        snapshots.put(copy.id(), copy);
        return copy;
    }

    public ActionResult<Ami> deregisterImage(Actor actor, String imageId) {
        Instant now = catchUp();
        ActionResult<Ami> result = findOwnImage(imageId, now).flatMap(owned -> {
            if (owned.stateAt(now) == ImageState.DEREGISTERED) {
                return ActionResult.failure(Refusal.IMAGE_ALREADY_DEREGISTERED.error(imageId));
            }
            OwnedAmi gone = owned.deregistered(now);
            images.put(imageId, gone);
            return ActionResult.success(gone.ami());
        });
        return record(actor, EventType.DEREGISTER_IMAGE, imageId, now, result,
                a -> new EventDetail.ImageDeregistered(a.id()));
    }

    public ActionResult<Ami> modifyLaunchPermission(Actor actor, String imageId, LaunchPermissionChange change) {
        Instant now = catchUp();
        ActionResult<Ami> result = findOwnImage(imageId, now)
                .flatMap(owned -> owned.stateAt(now) == ImageState.DEREGISTERED
                        ? ActionResult.failure(Refusal.AMI_NOT_FOUND.error(imageId, owned.ami().region()))
                        : ImageRules.checkPermissionChange(change).<ActionResult<OwnedAmi>>map(ActionResult::failure)
                                .orElseGet(() -> ActionResult.success(owned)))
                .map(owned -> {
                    OwnedAmi changed = owned.withLaunchPermission(change.applyTo(owned.ami().launchPermission()));
                    images.put(imageId, changed);
                    return changed.amiAt(now);
                });
        return record(actor, EventType.MODIFY_LAUNCH_PERMISSION, imageId, now, result,
                a -> new EventDetail.LaunchPermissionChanged(a.id(), a.launchPermission().isPublic(),
                        a.launchPermission().userIds()));
    }

    private ActionResult<OwnedAmi> findOwnImage(String imageId, Instant now) {
        if (!ResourceIds.wellFormed(ResourceIds.AMI, imageId)) {
            return ActionResult.failure(Refusal.AMI_ID_MALFORMED.error(imageId));
        }
        if (images.containsKey(imageId)) {
            return ActionResult.success(images.get(imageId));
        }
        return ActionResult.failure(env.catalog().ami(imageId)
                .map(a -> Refusal.IMAGE_NOT_OWNED.error(imageId))
                .orElseGet(() -> Refusal.AMI_NOT_FOUND.error(imageId, "any region")));
    }

    public ActionResult<Snapshot> deleteSnapshot(Actor actor, String snapshotId) {
        Instant now = catchUp();
        ActionResult<Snapshot> result;
        if (!ResourceIds.wellFormed(ResourceIds.SNAPSHOT, snapshotId)) {
            result = ActionResult.failure(Refusal.SNAPSHOT_ID_MALFORMED.error(snapshotId));
        } else if (!snapshots.containsKey(snapshotId) || !snapshots.get(snapshotId).existsAt(now)) {
            result = ActionResult.failure(Refusal.SNAPSHOT_NOT_FOUND.error(snapshotId));
        } else {
            result = deleteUnusedSnapshot(snapshots.get(snapshotId), now);
        }
        return record(actor, EventType.DELETE_SNAPSHOT, snapshotId, now, result,
                s -> new EventDetail.StorageDeleted(EventType.DELETE_SNAPSHOT, s.id()));
    }

    private ActionResult<Snapshot> deleteUnusedSnapshot(Snapshot snapshot, Instant now) {
        OwnedAmi image = images.get(snapshot.imageId());
        if (image != null && image.stateAt(now) != ImageState.DEREGISTERED) {
            return ActionResult.failure(Refusal.SNAPSHOT_IN_USE.error(snapshot.id(), image.id()));
        }
        Snapshot deleted = snapshot.deletedAt(now);
        snapshots.put(deleted.id(), deleted);
        return ActionResult.success(deleted);
    }

    /**
     * Deletes an S3 bundle (on Linux, ec2-delete-bundle does this), which ends its storage charge.
     * Only once its AMI is deregistered, so that no registered AMI is left without its files.
     */
    public ActionResult<ImageBundle> deleteBundle(Actor actor, String location) {
        Instant now = catchUp();
        String target = location == null || location.isBlank() ? NO_TARGET : location;
        ImageBundle bundle = bundles.get(target);
        ActionResult<ImageBundle> result;
        if (bundle == null || !bundle.existsAt(now)) {
            result = ActionResult.failure(Refusal.BUNDLE_NOT_FOUND.error(target));
        } else {
            OwnedAmi image = images.get(bundle.imageId());
            if (image != null && image.stateAt(now) != ImageState.DEREGISTERED) {
                result = ActionResult.failure(Refusal.BUNDLE_IN_USE.error(target, image.id()));
            } else {
                ImageBundle deleted = bundle.deletedAt(now);
                bundles.put(target, deleted);
                result = ActionResult.success(deleted);
            }
        }
        return record(actor, EventType.DELETE_BUNDLE, target, now, result,
                b -> new EventDetail.StorageDeleted(EventType.DELETE_BUNDLE, b.location()));
    }

    public ActionResult<Volume> deleteVolume(Actor actor, String volumeId) {
        Instant now = catchUp();
        ActionResult<Volume> result;
        if (!ResourceIds.wellFormed(ResourceIds.VOLUME, volumeId)) {
            result = ActionResult.failure(Refusal.VOLUME_ID_MALFORMED.error(volumeId));
        } else if (!volumes.containsKey(volumeId) || volumes.get(volumeId).stateAt(now) == VolumeState.DELETED) {
            result = ActionResult.failure(Refusal.VOLUME_NOT_FOUND.error(volumeId));
        } else if (volumes.get(volumeId).stateAt(now) == VolumeState.IN_USE) {
            result = ActionResult.failure(Refusal.VOLUME_IN_USE.error(volumeId, volumes.get(volumeId).instanceId()));
        } else {
            Volume deleted = volumes.get(volumeId).deletedAt(now);
            volumes.put(volumeId, deleted);
            result = ActionResult.success(deleted);
        }
        return record(actor, EventType.DELETE_VOLUME, volumeId, now, result,
                v -> new EventDetail.StorageDeleted(EventType.DELETE_VOLUME, v.id()));
    }

    /** Moves simulated time forward by {@code step} at once (an hour, a day, thirty days...). */
    public ActionResult<SimulatedClock> advanceClock(Actor actor, Duration step) {
        Instant now = catchUp();
        if (step.isNegative() || step.isZero()) {
            return refuse(actor, EventType.ADVANCE_CLOCK, List.of(CLOCK), now, Refusal.ADVANCE_NOT_POSITIVE.error(step));
        }
        log(actor, now, new EventDetail.ClockAdvanced(step));
        clock = clock.advancedBy(step, realNow());
        catchUp();
        return ActionResult.success(clock);
    }

    public ActionResult<SimulatedClock> setSpeed(Actor actor, int speed) {
        Instant now = catchUp();
        if (speed < SimulatedClock.MIN_SPEED || speed > SimulatedClock.MAX_SPEED) {
            return refuse(actor, EventType.SET_SPEED, List.of(CLOCK), now,
                    Refusal.SPEED_OUT_OF_RANGE.error(speed, SimulatedClock.MIN_SPEED, SimulatedClock.MAX_SPEED));
        }
        int before = clock.speed();
        clock = clock.withSpeed(speed, realNow());
        log(actor, now, new EventDetail.ClockSpeedChanged(before, speed));
        return ActionResult.success(clock);
    }

    public ActionResult<SimulatedClock> pause(Actor actor) {
        Instant now = catchUp();
        clock = clock.pausedAt(realNow());
        log(actor, now, new EventDetail.ClockRunning(false));
        return ActionResult.success(clock);
    }

    public ActionResult<SimulatedClock> resume(Actor actor) {
        Instant now = catchUp();
        clock = clock.resumedAt(realNow());
        log(actor, now, new EventDetail.ClockRunning(true));
        return ActionResult.success(clock);
    }

    /**
     * Writes down every transition due by the simulated now, in time order, and logs each one.
     * Actions call this first; the playground service also calls it on a copy it throws away, to
     * show the lines the next action will write. Returns the simulated now.
     */
    public Instant catchUp() {
        Instant now = now();
        List<Due> due = new ArrayList<>();
        instances.values().forEach(i -> i.dueTransition(now).ifPresent(at -> due.add(new Due(at, i.id(), true))));
        images.values().stream().filter(a -> a.becomesAvailableBy(now)).forEach(a -> due.add(new Due(a.availableAt(), a.id(), false)));
        due.sort(Comparator.comparing(Due::at).thenComparing(Due::id));
        due.forEach(d -> materialise(d, now));
        fold(now);
        return now;
    }

    /**
     * Folds what EC2 no longer lists into the settled costs: instances an hour after they
     * terminated, deleted volumes (once their instance is folded too, whose cost chart shows them),
     * deleted snapshots and bundles, and AMIs an hour after they were deregistered once no listed
     * instance was launched from them. The playground
     * then holds only what is listed, however long it is used, and its costs stay what they were.
     */
    private void fold(Instant now) {
        List<Instance> goneInstances = instances.values().stream().filter(i -> !i.visibleAt(now)).toList();
        List<Volume> goneVolumes = volumes.values().stream()
                .filter(v -> v.deletedBy(now))
                .filter(v -> v.instanceId().isEmpty() || !instances.containsKey(v.instanceId())
                        || !instances.get(v.instanceId()).visibleAt(now))
                .toList();
        List<Snapshot> goneSnapshots = snapshots.values().stream()
                .filter(s -> s.deletedBy(now)).toList();
        List<ImageBundle> goneBundles = bundles.values().stream()
                .filter(b -> b.deletedBy(now)).toList();
        SettledCosts.Folded folded = new SettledCosts.Folded(goneInstances, goneVolumes, goneSnapshots, goneBundles);
        if (!folded.isEmpty()) {
            settled = settled.plus(folded, costs, startedAt, now);
            goneInstances.forEach(i -> instances.remove(i.id()));
            goneVolumes.forEach(v -> volumes.remove(v.id()));
            goneSnapshots.forEach(s -> snapshots.remove(s.id()));
            goneBundles.forEach(b -> bundles.remove(b.location()));
        }
        // an instance launched from an own AMI keeps it known: a capture of it takes the AMI's OS from there
        images.values().removeIf(image -> image.deregisteredAt()
                .filter(at -> !now.isBefore(at.plus(LifecycleDurations.DEREGISTERED_VISIBLE_FOR))).isPresent()
                && instances.values().stream().noneMatch(instance -> instance.imageId().equals(image.id())));
    }

    private record Due(Instant at, String id, boolean instance) {
    }

    /**
     * A transition is stamped with the real instant at which it fell due, not the one at which it
     * is written down: whoever projects it, and whenever, sees the same line.
     */
    private void materialise(Due due, Instant now) {
        Instant realAt = clock.realInstantOf(due.at());
        if (!due.instance()) {
            images.put(due.id(), images.get(due.id()).materialisedAt(now));
            logTransition(due.at(), realAt, new EventDetail.ImageStateChanged(due.id(), ImageState.PENDING,
                    ImageState.AVAILABLE));
            return;
        }
        Instance before = instances.get(due.id());
        Instance next = before.materialisedAt(now);
        instances.put(next.id(), next);
        InstanceState reached = next.lastSegment().state();
        logTransition(due.at(), realAt, new EventDetail.InstanceStateChanged(EventType.STATE_CHANGE, next.id(),
                before.lastSegment().state(), reached, next.lastSegment().reason()));
        if (reached == InstanceState.TERMINATED) {
            volumes.values().stream().filter(v -> v.attachedTo(next.id()))
                    .forEach(v -> logTransition(due.at(), realAt, new EventDetail.VolumeStateChanged(v.id(), next.id(),
                            VolumeState.IN_USE, v.stateAt(due.at()))));
        }
    }

    private void logTransition(Instant simulatedAt, Instant realAt, EventDetail detail) {
        append(new PlaygroundEvent(nextSequence(), simulatedAt, realAt, Actor.EC2, detail));
    }

    private Instant realNow() {
        return env.realClock().instant();
    }

    private Optional<Ami> visibleImage(String imageId) {
        Instant now = now();
        Optional<Ami> own = Optional.ofNullable(images.get(imageId)).map(a -> a.amiAt(now))
                .filter(a -> a.state() != ImageState.DEREGISTERED);
        return own.or(() -> env.catalog().ami(imageId).filter(a -> a.launchableBy(accountId)));
    }

    private <T> ActionResult<T> record(Actor actor, EventType type, String target, Instant now, ActionResult<T> result,
                                       Function<T, EventDetail> happened) {
        String targetId = target == null || target.isBlank() ? NO_TARGET : target;
        if (!result.isSuccess()) {
            return refuse(actor, type, List.of(targetId), now, result.error());
        }
        log(actor, now, happened.apply(result.value()));
        return result;
    }

    private <T> ActionResult<T> refuse(Actor actor, EventType type, List<String> targets, Instant now, Ec2Error error) {
        targets.forEach(t -> log(actor, now, new EventDetail.ActionRefused(type, t, error.code(), error.message())));
        return ActionResult.failure(error);
    }

    private void log(Actor actor, Instant simulatedAt, EventDetail detail) {
        append(new PlaygroundEvent(nextSequence(), simulatedAt, realNow(), actor, detail));
    }

    private void append(PlaygroundEvent event) {
        events.add(event);
    }

    private long nextSequence() {
        return events.isEmpty() ? 1 : events.get(events.size() - 1).sequence() + 1;
    }
}
