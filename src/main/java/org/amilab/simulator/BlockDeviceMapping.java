package org.amilab.simulator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One device an AMI or a launch request attaches: either an EBS volume ({@code ebs}) or an
 * instance store volume named by {@code virtualName} (ephemeral0, ephemeral1, ...), never both,
 * mirroring the shape of EC2's BlockDeviceMapping.
 */
public record BlockDeviceMapping(String deviceName, String virtualName, Optional<EbsBlockDevice> ebs) {

    private static final Pattern EPHEMERAL = Pattern.compile("ephemeral(\\d+)");

    public BlockDeviceMapping {
        Require.text(deviceName, "deviceName");
        virtualName = virtualName == null ? "" : virtualName;
        // a catalog file leaves ebs out of an instance store mapping
        ebs = Require.orNone(ebs);
        Require.that(virtualName.isEmpty() == ebs.isPresent(),
                "mapping " + deviceName + " needs exactly one of virtualName and ebs");
        Require.that(virtualName.isEmpty() || EPHEMERAL.matcher(virtualName).matches(),
                "virtualName of " + deviceName + " must look like ephemeralN");
    }

    public static BlockDeviceMapping ebs(String deviceName, EbsBlockDevice ebs) {
        return new BlockDeviceMapping(deviceName, "", Optional.of(ebs));
    }

    public static BlockDeviceMapping instanceStore(String deviceName, int index) {
        return new BlockDeviceMapping(deviceName, "ephemeral" + index, Optional.empty());
    }

    public boolean isEbs() {
        return ebs.isPresent();
    }

    public boolean isInstanceStore() {
        return ebs.isEmpty();
    }

    /** The EBS volume of a mapping known to be one. */
    public EbsBlockDevice ebsVolume() {
        return ebs.orElseThrow(() -> new IllegalStateException(deviceName + " is an instance store mapping"));
    }

    /** The position of the instance store volume on the instance type: ephemeral1 is the second. */
    public int ephemeralIndex() {
        Matcher matcher = EPHEMERAL.matcher(virtualName);
        Require.that(matcher.matches(), deviceName + " is not an instance store mapping");
        return Integer.parseInt(matcher.group(1));
    }
}
