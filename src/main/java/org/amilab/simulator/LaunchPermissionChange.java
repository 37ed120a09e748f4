package org.amilab.simulator;

import java.util.List;

/** ModifyImageAttribute for launch permissions: groups and account ids to add and to remove. */
public record LaunchPermissionChange(List<String> addGroups, List<String> addUserIds,
                                     List<String> removeGroups, List<String> removeUserIds) {

    public LaunchPermissionChange {
        addGroups = Require.listOrEmpty(addGroups);
        addUserIds = Require.listOrEmpty(addUserIds);
        removeGroups = Require.listOrEmpty(removeGroups);
        removeUserIds = Require.listOrEmpty(removeUserIds);
    }

    public static LaunchPermissionChange makePublic() {
        return new LaunchPermissionChange(List.of(LaunchPermission.ALL), List.of(), List.of(), List.of());
    }

    public static LaunchPermissionChange makePrivate() {
        return new LaunchPermissionChange(List.of(), List.of(), List.of(LaunchPermission.ALL), List.of());
    }

    public static LaunchPermissionChange shareWith(String... accountIds) {
        return new LaunchPermissionChange(List.of(), List.of(accountIds), List.of(), List.of());
    }

    public static LaunchPermissionChange unshareWith(String... accountIds) {
        return new LaunchPermissionChange(List.of(), List.of(), List.of(), List.of(accountIds));
    }

    public LaunchPermission applyTo(LaunchPermission permission) {
        return permission.plus(addGroups, addUserIds).minus(removeGroups, removeUserIds);
    }
}
