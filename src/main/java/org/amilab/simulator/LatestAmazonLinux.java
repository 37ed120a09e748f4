package org.amilab.simulator;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The public Systems Manager parameters AWS keeps pointing at the newest Amazon Linux 2023 AMI of
 * each region, which an Image Builder recipe may name as its parent ({@code ssm:} and the
 * parameter): each build then starts from whatever the parameter points at that day, so a newer
 * parent is a change that "only if changed" notices.
 */
public final class LatestAmazonLinux {

    public static final String PREFIX = "ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-";
    public static final List<String> PARAMETERS = List.of(PREFIX + Architecture.X86_64.apiName(),
            PREFIX + Architecture.ARM64.apiName());
    private static final String OPERATING_SYSTEM = "Amazon Linux 2023";

    private LatestAmazonLinux() {
    }

    public static boolean isParameter(String parentImage) {
        return PARAMETERS.contains(parentImage);
    }

    /** The AMI the parameter points at in {@code region}: AWS's newest Amazon Linux 2023 image there for its architecture. */
    public static Optional<Ami> resolve(Catalog catalog, String parameter, String region) {
        if (!isParameter(parameter)) {
            return Optional.empty();
        }
        String architecture = parameter.substring(PREFIX.length());
        return catalog.amis().stream()
                .filter(a -> a.region().equals(region) && a.source() == AmiSource.QUICK_START && a.verifiedProvider()
                        && a.operatingSystem().equals(OPERATING_SYSTEM) && a.architecture().apiName().equals(architecture))
                .max(Comparator.comparing(Ami::name, LatestAmazonLinux::byRelease));
    }

    /**
     * AWS names its Amazon Linux images by release (al2023-ami-2023.9.20251117.0-...): compared
     * number by number, so that 2023.10 comes after 2023.9.
     */
    static int byRelease(String a, String b) {
        String[] left = a.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
        String[] right = b.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            boolean numbers = Character.isDigit(left[i].charAt(0)) && Character.isDigit(right[i].charAt(0));
            int order = numbers ? new java.math.BigInteger(left[i]).compareTo(new java.math.BigInteger(right[i]))
                    : left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
