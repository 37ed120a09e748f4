package org.amilab.simulator;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The rules for the learner's own AMIs that do not depend on the rest of the playground. */
final class ImageRules {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9()\\[\\] ./\\-'@_]{3,128}");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    private ImageRules() {
    }

    static Optional<Ec2Error> checkSource(Instance instance, Instant now) {
        InstanceState state = instance.stateAt(now);
        return Checks.first(
                () -> Checks.refuseIf(!instance.isEbsBacked(),
                        () -> Refusal.CREATE_IMAGE_FROM_INSTANCE_STORE.error(instance.id())),
                () -> Checks.refuseIf(state != InstanceState.RUNNING && state != InstanceState.STOPPED,
                        () -> Refusal.CREATE_IMAGE_NOT_POSSIBLE.error(instance.id(), state.apiName())));
    }

    /** Bundling is how an instance store-backed instance is captured, from inside it while it runs. */
    static Optional<Ec2Error> checkBundleSource(Instance instance, Instant now) {
        InstanceState state = instance.stateAt(now);
        return Checks.first(
                () -> Checks.refuseIf(instance.isEbsBacked(), () -> Refusal.BUNDLE_EBS_BACKED.error(instance.id())),
                () -> Checks.refuseIf(state != InstanceState.RUNNING,
                        () -> Refusal.BUNDLE_NOT_RUNNING.error(instance.id(), state.apiName())));
    }

    /**
     * Only the learner's own images are copied: another account's image needs read access to its
     * storage, which the playground's publishers do not give, and Marketplace images never leave their
     * seller's account. {@code image} is as of now.
     */
    static Optional<Ec2Error> checkCopySource(Ami image, String accountId) {
        if (!image.ownerId().equals(accountId)) {
            return Optional.of(image.source() == AmiSource.MARKETPLACE ? Refusal.COPY_MARKETPLACE.error(image.id())
                    : Refusal.COPY_STORAGE_NOT_SHARED.error(image.id()));
        }
        return Checks.refuseIf(image.state() == ImageState.PENDING, () -> Refusal.COPY_SOURCE_PENDING.error(image.id()));
    }

    static Optional<Ec2Error> checkName(String name) {
        return Checks.refuseIf(!NAME.matcher(name).matches(), () -> Refusal.IMAGE_NAME_MALFORMED.error(name));
    }

    /** Refuses the whole change if any item is invalid, so that nothing changes, as in EC2. */
    static Optional<Ec2Error> checkPermissionChange(LaunchPermissionChange change) {
        Optional<Ec2Error> badUser = Stream.concat(change.addUserIds().stream(), change.removeUserIds().stream())
                .filter(id -> !ACCOUNT_ID.matcher(id).matches()).findFirst()
                .map(Refusal.LAUNCH_PERMISSION_BAD_USER::error);
        Optional<Ec2Error> badGroup = Stream.concat(change.addGroups().stream(), change.removeGroups().stream())
                .filter(group -> !LaunchPermission.ALL.equals(group)).findFirst()
                .map(Refusal.LAUNCH_PERMISSION_BAD_GROUP::error);
        return badUser.or(() -> badGroup);
    }

    static boolean isAccountId(String value) {
        return value != null && ACCOUNT_ID.matcher(value).matches();
    }
}
