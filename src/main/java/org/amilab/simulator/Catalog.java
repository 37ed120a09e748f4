package org.amilab.simulator;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The regions, instance types and published AMIs every learner sees. Built once from content and
 * validated as a whole, so that a broken data file fails at start-up rather than in a lesson.
 */
public final class Catalog {

    private final Map<String, Region> regions;
    private final Map<String, InstanceType> instanceTypes;
    private final Map<String, Ami> amis;
    private final SoftwareCatalog software;

    public Catalog(List<Region> regions, List<InstanceType> instanceTypes, List<Ami> amis, SoftwareCatalog software) {
        this.regions = index(regions, Region::code, "region");
        this.instanceTypes = index(instanceTypes, InstanceType::name, "instance type");
        this.amis = index(amis, Ami::id, "AMI");
        this.software = software;
        amis.forEach(this::checkPublished);
        amis.forEach(this::checkShell);
    }

    /** Every AMI's operating system has a shell of its kind, so that an instance of it can be configured. */
    private void checkShell(Ami ami) {
        var system = software.of(ami.operatingSystem());
        Require.that(system.isPresent(), ami.id() + ": operating system " + ami.operatingSystem()
                + " has no entry in the software catalog");
        Require.that(system.get().packageManager().isWindows() == (ami.platform() == Platform.WINDOWS),
                ami.id() + ": a " + ami.platform() + " AMI needs an operating system of its platform in the software catalog");
    }

    private void checkPublished(Ami ami) {
        Require.that(regions.containsKey(ami.region()), ami.id() + " is in unknown region " + ami.region());
        Require.that(ami.source() != AmiSource.MY_AMIS, ami.id() + ": learners' own AMIs are made at run time, not listed");
        Require.that(ami.software().isEmpty(), ami.id() + ": a listed AMI has the software of its operating system only");
        Require.that(ResourceIds.isCurrentFormat(ResourceIds.AMI, ami.id()), ami.id() + " must have 17 hex digits");
        Require.that(ami.launchPermission().isPublic(), ami.id() + ": a listed AMI must be public");
        Require.that(ami.source() != AmiSource.QUICK_START || ami.verifiedProvider(), ami.id() + ": Quick Start AMIs come from AWS");
        Require.that(ami.source() == AmiSource.MARKETPLACE || ami.softwareHourlyUsd().signum() == 0,
                ami.id() + ": only Marketplace AMIs carry a software charge");
        ami.blockDeviceMappings().stream().filter(BlockDeviceMapping::isEbs)
                .forEach(m -> Require.that(m.ebsVolume().volumeType().allowsSize(m.ebsVolume().volumeSize()),
                        ami.id() + ": " + m.deviceName() + " size is out of range for its volume type"));
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> key, String what) {
        Map<String, T> byKey = new LinkedHashMap<>();
        for (T item : items) {
            Require.that(byKey.put(key.apply(item), item) == null, "duplicate " + what + " " + key.apply(item));
        }
        return Collections.unmodifiableMap(byKey);
    }

    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    public List<InstanceType> instanceTypes() {
        return List.copyOf(instanceTypes.values());
    }

    public List<Ami> amis() {
        return List.copyOf(amis.values());
    }

    public List<Ami> amis(String region, AmiSource source) {
        return amis.values().stream().filter(a -> a.region().equals(region) && a.source() == source).toList();
    }

    /** The instance types an image can boot on: same processor, and its virtualization and root device supported. */
    public List<InstanceType> typesFor(Ami ami) {
        return instanceTypes.values().stream()
                .filter(type -> Compatibility.check(type, ami.id(), ami.architecture(), ami.virtualizationType(),
                        ami.rootDeviceType()).isEmpty())
                .toList();
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    public Optional<InstanceType> instanceType(String name) {
        return Optional.ofNullable(instanceTypes.get(name));
    }

    public SoftwareCatalog software() {
        return software;
    }

    public Optional<Ami> ami(String id) {
        return Optional.ofNullable(amis.get(id));
    }
}
