package org.amilab.simulator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Every refusal the playground knows, with EC2's error code and message. A message keeps EC2's
 * wording where we know it, so that a learner can search for it, and takes positional arguments
 * ({@code %1$s} ...) whose names follow it: the names are how {@code content/refusals.yml} refers to
 * the same values in its explanation for the learner, which is course knowledge and lives there.
 */
public enum Refusal {

    /** Not a refusal but EC2's answer to a DryRun request that would have gone ahead. */
    DRY_RUN_OPERATION("DryRunOperation",
            "Request would have succeeded, but DryRun flag is set.",
            "command"),
    CLIENT_TOKEN_REUSED("IdempotentParameterMismatch",
            "The client token '%1$s' was already used for a request with other parameters.",
            "token"),
    CLIENT_TOKEN_INVALID("InvalidParameterValue",
            "Value (%1$s) for parameter clientToken is invalid. It must be 1 to 64 ASCII characters.",
            "token"),
    COUNT_TOO_SMALL("InvalidParameterValue",
            "Value (%1$s) for parameter MinCount is invalid. Expected a number greater than or equal to 1.",
            "count"),
    AMI_ID_MALFORMED("InvalidAMIID.Malformed",
            "Invalid id: \"%1$s\" (expecting \"ami-...\")",
            "imageId"),
    AMI_NOT_FOUND("InvalidAMIID.NotFound",
            "The image id '[%1$s]' does not exist",
            "imageId", "region"),
    AMI_NOT_AVAILABLE("InvalidAMIID.Unavailable",
            "AMI '%1$s' is %2$s, and cannot be run",
            "imageId", "imageState"),
    UNKNOWN_INSTANCE_TYPE("InvalidParameterValue",
            "Invalid value '%1$s' for InstanceType.",
            "instanceType"),
    ARCHITECTURE_MISMATCH("InvalidParameterValue",
            "The architecture '%2$s' of the specified instance type does not match the architecture '%4$s' "
                    + "of the specified AMI. Specify an instance type and an AMI that have matching architectures, and"
                    + " try again.",
            "instanceType", "typeArchitecture", "imageId", "imageArchitecture"),
    PARAVIRTUAL_NOT_SUPPORTED("InvalidParameterCombination",
            "Virtualization type 'hvm' is required for instances of type '%1$s'. Ensure that you are using "
                    + "an AMI with virtualization type 'hvm'.",
            "instanceType", "imageId"),
    INSTANCE_STORE_ROOT_NOT_SUPPORTED("InvalidParameterCombination",
            "The instance type '%1$s' does not support an 'instance-store' root device, which AMI '%2$s' "
                    + "requires.",
            "instanceType", "imageId"),
    ROOT_SMALLER_THAN_SNAPSHOT("InvalidBlockDeviceMapping",
            "Volume of size %1$sGB is smaller than snapshot '%2$s', expect size >= %3$sGB",
            "requestedGiB", "snapshotId", "minimumGiB"),
    INSTANCE_STORE_ROOT_TOO_LARGE("InvalidParameterValue",
            "The root device of an instance store-backed instance can be at most 10 GiB; %1$s GiB was "
                    + "requested.",
            "requestedGiB"),
    INSTANCE_STORE_ROOT_HAS_NO_VOLUME_TYPE("InvalidParameterCombination",
            "The root device of AMI '%1$s' is an instance store volume and cannot be given an EBS volume "
                    + "type.",
            "imageId"),
    VOLUME_SIZE_OUT_OF_RANGE("InvalidParameterValue",
            "Volume size %2$s GiB for device '%1$s' is outside the range %4$s-%5$s GiB allowed for volume "
                    + "type '%3$s'.",
            "deviceName", "sizeGiB", "volumeType", "minimumGiB", "maximumGiB"),
    VOLUME_TYPE_NOT_BOOTABLE("InvalidBlockDeviceMapping",
            "Volume type '%1$s' is not supported for the root (boot) device.",
            "volumeType"),
    DUPLICATE_DEVICE("InvalidBlockDeviceMapping",
            "The device '%1$s' is used in more than one block-device mapping",
            "deviceName"),
    NO_SUCH_INSTANCE_STORE_VOLUME("InvalidBlockDeviceMapping",
            "The device '%1$s' asks for '%2$s', but instance type '%3$s' has %4$s instance store volume(s).",
            "deviceName", "virtualName", "instanceType", "instanceStoreVolumes"),
    INSTANCE_LIMIT_EXCEEDED("InstanceLimitExceeded",
            "You have requested more instances (%1$s) than your current instance limit of %2$s allows for "
                    + "the specified instance type. Please visit http://aws.amazon.com/contact-us/ec2-request to "
                    + "request an adjustment to this limit.",
            "wouldExist", "limit"),
    NAME_TOO_LONG("InvalidParameterValue",
            "Tag value exceeds the maximum length of 256 characters",
            "length"),
    STOP_PROTECTION_AT_LAUNCH_NOT_SUPPORTED("UnsupportedOperation",
            "Stop protection is not supported for instances launched from '%1$s' because its root device "
                    + "type is 'instance-store'.",
            "imageId"),
    INSTANCE_ID_MALFORMED("InvalidInstanceID.Malformed",
            "Invalid id: \"%1$s\"",
            "instanceId"),
    INSTANCE_NOT_FOUND("InvalidInstanceID.NotFound",
            "The instance ID '%1$s' does not exist",
            "instanceId"),
    INSTANCES_NOT_FOUND("InvalidInstanceID.NotFound",
            "The instance IDs '%1$s' do not exist",
            "instanceIds"),
    MISSING_INSTANCE_ID("MissingParameter",
            "The request must contain the parameter InstanceId"),
    STOP_INSTANCE_STORE("UnsupportedOperation",
            "The instance '%1$s' does not have an 'ebs' root device type and cannot be stopped.",
            "instanceId"),
    STOP_PENDING("IncorrectInstanceState",
            "The instance '%1$s' is not in a state from which it can be stopped.",
            "instanceId"),
    STOP_NOT_POSSIBLE("IncorrectInstanceState",
            "This instance '%1$s' is not in a state from which it can be stopped.",
            "instanceId", "state"),
    START_NOT_POSSIBLE("IncorrectInstanceState",
            "The instance '%1$s' is not in a state from which it can be started.",
            "instanceId", "state"),
    REBOOT_NOT_POSSIBLE("IncorrectInstanceState",
            "The instance '%1$s' is not in a state from which it can be rebooted.",
            "instanceId", "state"),
    TYPE_CHANGE_NOT_STOPPED("IncorrectInstanceState",
            "The instance '%1$s' is not in the 'stopped' state.",
            "instanceId", "state"),
    TERMINATION_PROTECTED("OperationNotPermitted",
            "The instance '%1$s' may not be terminated. Modify its 'disableApiTermination' instance "
                    + "attribute and try again.",
            "instanceId"),
    STOP_PROTECTED("OperationNotPermitted",
            "The instance '%1$s' may not be stopped. Modify its 'disableApiStop' instance attribute and try "
                    + "again.",
            "instanceId"),
    STOP_PROTECTION_NOT_SUPPORTED("UnsupportedOperation",
            "Stop protection is not supported for instance '%1$s' because its root device type is "
                    + "'instance-store'.",
            "instanceId"),
    INSTANCE_TERMINATED("IncorrectInstanceState",
            "The instance '%1$s' is terminated; its attributes can no longer be changed.",
            "instanceId"),
    CREATE_IMAGE_FROM_INSTANCE_STORE("UnsupportedOperation",
            "The instance '%1$s' does not have an 'ebs' root device type; an image can only be created from "
                    + "an EBS-backed instance.",
            "instanceId"),
    CREATE_IMAGE_NOT_POSSIBLE("IncorrectInstanceState",
            "The instance '%1$s' is not in a state from which an image can be created.",
            "instanceId", "state"),
    CONNECT_NOT_RUNNING("EC2InstanceStateInvalidException",
            "Unable to connect because the instance '%1$s' is not in a valid state (%2$s). Connecting to a stopped or "
                    + "terminated instance is not supported. If the instance is stopped, start it, and try to connect "
                    + "again.",
            "instanceId", "state"),
    CONNECT_UNAVAILABLE("EC2InstanceUnavailableException",
            "The instance '%1$s' is currently unavailable. Try again later.",
            "instanceId"),
    HOST_FAILURE_NOT_RUNNING("IncorrectInstanceState",
            "The instance '%1$s' is not in the 'running' state (it is %2$s): only the hardware of a running instance "
                    + "can fail.",
            "instanceId", "state"),
    HOST_ALREADY_FAILED("IncorrectInstanceState",
            "The hardware under instance '%1$s' has already failed; stop and start it, or replace it, to recover.",
            "instanceId"),
    SHELL_LINE_TOO_LONG("InvalidParameterValue",
            "The command line is %1$s characters long; the simulated shell takes at most %2$s.",
            "length", "maximum"),
    BUNDLE_EBS_BACKED("UnsupportedOperation",
            "The instance '%1$s' has an 'ebs' root device type; only instance store-backed instances can be "
                    + "bundled.",
            "instanceId"),
    BUNDLE_NOT_RUNNING("IncorrectInstanceState",
            "The instance '%1$s' is not in a state from which it can be bundled.",
            "instanceId", "state"),
    IMAGE_NAME_MALFORMED("InvalidAMIName.Malformed",
            "AMI name '%1$s' is invalid. AMI names must be 3 to 128 characters long and may contain letters,"
                    + " numbers, spaces and the characters ( ) [ ] . / - ' @ _",
            "name"),
    IMAGE_NAME_DUPLICATE("InvalidAMIName.Duplicate",
            "AMI name %1$s is already in use by AMI %2$s",
            "name", "imageId"),
    IMAGE_NOT_OWNED("AuthFailure",
            "Not authorized for image:%1$s",
            "imageId"),
    IMAGE_ALREADY_DEREGISTERED("InvalidAMIID.Unavailable",
            "AMI '%1$s' is no longer available: it has already been deregistered.",
            "imageId"),
    RECIPE_NAME_INVALID("InvalidParameterValueException",
            "The value supplied for parameter 'name' is not valid: '%1$s'. A name has 1 to 128 letters, digits, spaces, "
                    + "hyphens and underscores, and does not start or end with a space.",
            "name"),
    RECIPE_VERSION_INVALID("InvalidParameterValueException",
            "The value supplied for parameter 'semanticVersion' is not valid: '%1$s'. Use <major>.<minor>.<patch>, such "
                    + "as 1.0.0.",
            "version"),
    RECIPE_EXISTS("ResourceAlreadyExistsException",
            "The image recipe '%1$s' with version '%2$s' already exists. A recipe version cannot change: create a "
                    + "higher version.",
            "name", "version"),
    RECIPE_PARENT_NOT_EBS("InvalidParameterValueException",
            "The parent image '%1$s' is instance store-backed; Image Builder builds from EBS-backed images only.",
            "imageId"),
    RECIPE_VOLUME_TOO_SMALL("InvalidParameterValueException",
            "The root volume of %1$s GiB is smaller than the root snapshot of the parent image '%2$s' (%3$s GiB).",
            "requestedGiB", "imageId", "minimumGiB"),
    RECIPE_NO_COMPONENTS("InvalidParameterValueException",
            "The image recipe '%1$s' has no components; it needs at least one.",
            "name"),
    RECIPE_COMPONENT_UNKNOWN("ResourceNotFoundException",
            "The component '%1$s' does not exist.",
            "component"),
    RECIPE_PLATFORM_MISMATCH("InvalidParameterValueException",
            "The component '%1$s' is for %2$s, but the parent image '%3$s' runs %4$s.",
            "component", "componentPlatform", "imageId", "imagePlatform"),
    COMPONENT_NAME_INVALID("InvalidParameterValueException",
            "The value supplied for parameter 'name' is not valid: '%1$s'. A component name is 1 to 128 letters, digits, "
                    + "spaces, hyphens or underscores.",
            "name"),
    COMPONENT_VERSION_INVALID("InvalidParameterValueException",
            "The value supplied for parameter 'semanticVersion' is not valid: '%1$s'. Use major.minor.patch, such as "
                    + "1.0.0.",
            "version"),
    COMPONENT_EXISTS("ResourceAlreadyExistsException",
            "The component '%1$s' with version '%2$s' already exists. A component version cannot change: create a "
                    + "higher version.",
            "name", "version"),
    COMPONENT_NO_STEPS("InvalidParameterValueException",
            "The component '%1$s' has no steps: give it at least one shell line.",
            "name"),
    COMPONENT_TOO_MANY_STEPS("InvalidParameterValueException",
            "The component has %1$s steps; a component has at most %2$s.",
            "steps", "maximum"),
    BUDGET_LAUNCH_DENIED("UnauthorizedOperation",
            "You are not authorized to perform this operation: a budget action denies ec2:RunInstances. The launch "
                    + "would cost about %1$s in its first hour, and %2$s of the %3$s budget is spent.",
            "hourCost", "spent", "budget"),
    BUDGET_SPENT("UnauthorizedOperation",
            "You are not authorized to perform this operation: a budget action denies ec2:StartInstances, as %1$s of "
                    + "the %2$s budget is spent.",
            "spent", "budget"),
    PIPELINE_NAME_INVALID("InvalidParameterValueException",
            "The image pipeline name '%1$s' is invalid: use 1 to 128 letters, digits, spaces, hyphens or underscores, "
                    + "not starting or ending with a space.",
            "name"),
    PIPELINE_EXISTS("ResourceAlreadyExistsException",
            "An image pipeline named '%1$s' already exists in %2$s: update it, or give the new one another name.",
            "name", "region"),
    PIPELINE_NOT_FOUND("ResourceNotFoundException",
            "There is no image pipeline named '%1$s' in %2$s.",
            "name", "region"),
    PIPELINE_RECIPE_NOT_FOUND("ResourceNotFoundException",
            "The image recipe '%1$s' does not exist in %2$s. Name a recipe by name and version, such as "
                    + "web-server/1.0.0.",
            "recipe", "region"),
    DISTRIBUTION_NO_REGIONS("InvalidParameterValueException",
            "The pipeline '%1$s' distributes its images nowhere: choose at least one target region.",
            "name"),
    DISTRIBUTION_ACCOUNT_INVALID("InvalidParameterValueException",
            "'%1$s' is not an AWS account id: an account id is 12 digits.",
            "accountId"),
    AMI_NAME_PATTERN_INVALID("InvalidParameterValueException",
            "The AMI name '%1$s' is invalid: %2$s.",
            "amiName", "reason"),
    SCHEDULE_INVALID("InvalidParameterValueException",
            "The schedule expression '%1$s' is invalid: %2$s.",
            "schedule", "reason"),
    IMPORT_FORMAT_INVALID("InvalidParameterValue",
            "Value (%1$s) for parameter Format is invalid. Valid formats are OVA, VHD, VHDX, VMDK and RAW.",
            "format"),
    IMPORT_SIZE_INVALID("InvalidParameterValue",
            "The disk image is %1$s GiB; VM Import takes disks of 1 to %2$s GiB.",
            "sizeGiB", "maximumGiB"),
    IMPORT_OS_UNKNOWN("InvalidParameterValue",
            "The simulated disk runs '%1$s', which the playground does not offer; choose one of its operating systems.",
            "operatingSystem"),
    UNKNOWN_REGION("InvalidParameterValue",
            "Invalid region: %1$s",
            "region", "regions"),
    COPY_SOURCE_PENDING("InvalidAMIID.Unavailable",
            "The AMI ID '%1$s' is currently pending and may not be used for this operation",
            "imageId"),
    COPY_MARKETPLACE("InvalidRequest",
            "Images from AWS Marketplace cannot be copied to another AWS account.",
            "imageId"),
    COPY_STORAGE_NOT_SHARED("InvalidRequest",
            "You do not have permission to access the storage of this ami",
            "imageId"),
    BUNDLE_NOT_FOUND("NoSuchKey",
            "The specified key does not exist.",
            "location"),
    BUNDLE_IN_USE("IncorrectState",
            "The bundle '%1$s' is registered as AMI '%2$s'.",
            "location", "imageId"),
    PUBLIC_SHARING_BLOCKED("OperationNotPermitted",
            "You can't publicly share this image because block public access for AMIs is enabled for this account. To "
                    + "publicly share the image, you must call the DisableImageBlockPublicAccess API.",
            "region"),
    LAUNCH_PERMISSION_BAD_USER("InvalidAMIAttributeItemValue",
            "Invalid attribute item value \"%1$s\" for userId item type.",
            "value"),
    LAUNCH_PERMISSION_BAD_GROUP("InvalidAMIAttributeItemValue",
            "Invalid attribute item value \"%1$s\" for group item type.",
            "value"),
    SNAPSHOT_ID_MALFORMED("InvalidSnapshotID.Malformed",
            "Invalid id: \"%1$s\" (expecting \"snap-...\")",
            "snapshotId"),
    SNAPSHOT_NOT_FOUND("InvalidSnapshot.NotFound",
            "The snapshot '%1$s' does not exist.",
            "snapshotId"),
    SNAPSHOT_IN_USE("InvalidSnapshot.InUse",
            "The snapshot %1$s is currently in use by %2$s",
            "snapshotId", "imageId"),
    VOLUME_ID_MALFORMED("InvalidVolumeID.Malformed",
            "Invalid id: \"%1$s\" (expecting \"vol-...\")",
            "volumeId"),
    VOLUME_NOT_FOUND("InvalidVolume.NotFound",
            "The volume '%1$s' does not exist.",
            "volumeId"),
    VOLUME_IN_USE("VolumeInUse",
            "Volume %1$s is currently attached to %2$s",
            "volumeId", "instanceId"),
    SPEED_OUT_OF_RANGE("InvalidParameterValue",
            "Clock speed %1$s is outside the allowed range %2$s-%3$s.",
            "speed", "minimum", "maximum"),
    ADVANCE_NOT_POSITIVE("InvalidParameterValue",
            "Cannot advance the clock by %1$s.",
            "duration");

    private final String code;
    private final String message;
    private final List<String> parameters;

    Refusal(String code, String message, String... parameters) {
        this.code = code;
        this.message = message;
        this.parameters = List.of(parameters);
    }

    public String code() {
        return code;
    }

    /** The names of the values this refusal is told about, in the order {@link #error} takes them. */
    public List<String> parameters() {
        return parameters;
    }

    /** The error for this refusal, with {@code args} (one per parameter) filled into EC2's message. */
    public Ec2Error error(Object... args) {
        Require.that(args.length == parameters.size(), name() + " is told " + parameters + ", not "
                + Arrays.toString(args));
        var values = new LinkedHashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            values.put(parameters.get(i), String.valueOf(args[i]));
        }
        return new Ec2Error(this, code, String.format(Locale.ROOT, message, args), values);
    }
}
