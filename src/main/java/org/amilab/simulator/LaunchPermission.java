package org.amilab.simulator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may launch an AMI besides its owner, shaped like EC2's attribute: the group {@code all}
 * makes it public, {@code userIds} lists 12-digit accounts it is shared with.
 */
public record LaunchPermission(List<String> groups, List<String> userIds) {

    public static final String ALL = "all";
    public static final LaunchPermission PRIVATE = new LaunchPermission(List.of(), List.of());
    public static final LaunchPermission PUBLIC = new LaunchPermission(List.of(ALL), List.of());

    public LaunchPermission {
        groups = Require.listOrEmpty(groups);
        userIds = Require.listOrEmpty(userIds);
    }

    public boolean isPublic() {
        return groups.contains(ALL);
    }

    public boolean allows(String accountId) {
        return isPublic() || userIds.contains(accountId);
    }

    /** Adding what is already there changes nothing, as in EC2. */
    public LaunchPermission plus(List<String> moreGroups, List<String> moreUserIds) {
        return new LaunchPermission(union(groups, moreGroups), union(userIds, moreUserIds));
    }

    /** Removing what is not there changes nothing, as in EC2. */
    public LaunchPermission minus(List<String> lessGroups, List<String> lessUserIds) {
        return new LaunchPermission(difference(groups, lessGroups), difference(userIds, lessUserIds));
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static List<String> difference(List<String> a, List<String> b) {
        return a.stream().filter(item -> !b.contains(item)).toList();
    }
}
