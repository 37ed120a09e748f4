package org.amilab.simulator;

import java.util.Locale;

/**
 * Every refusal the playground knows, with EC2's error code and message and our explanation.
 * Templates take positional arguments ({@code %1$s} ...), listed in each constant's comment; the
 * message keeps EC2's wording where we know it, so that a learner can search for it.
 */
public enum Refusal {

    /** the command's name: not a refusal but EC2's answer to a DryRun request that would have gone ahead */
    DRY_RUN_OPERATION("DryRunOperation",
            "Request would have succeeded, but DryRun flag is set.",
            "%1$s would have gone ahead: every check passed, and as it was a dry run nothing changed.",
            "instance-lifecycle#when-a-request-is-refused"),
    /** client token */
    CLIENT_TOKEN_REUSED("IdempotentParameterMismatch",
            "The client token '%1$s' was already used for a request with other parameters.",
            "The client token %1$s belongs to an earlier request that was not this one. A token makes one request safe to"
                    + " send again: the same request with the same token gets the first answer and changes nothing."
                    + " A different request needs a token of its own.",
            "instance-lifecycle#when-a-request-is-refused"),
    /** client token */
    CLIENT_TOKEN_INVALID("InvalidParameterValue",
            "Value (%1$s) for parameter clientToken is invalid. It must be 1 to 64 ASCII characters.",
            "A client token is 1 to 64 printable ASCII characters, for example a UUID; '%1$s' is not.",
            "instance-lifecycle#when-a-request-is-refused"),
    /** count */
    COUNT_TOO_SMALL("InvalidParameterValue",
            "Value (%1$s) for parameter MinCount is invalid. Expected a number greater than or equal to 1.",
            "You asked for %1$s instances. A launch always starts at least one instance.",
            "instance-lifecycle#transitions"),
    /** image id */
    AMI_ID_MALFORMED("InvalidAMIID.Malformed",
            "Invalid id: \"%1$s\" (expecting \"ami-...\")",
            "'%1$s' is not shaped like an AMI id: 'ami-' followed by 17 hexadecimal digits (8 for very old images).",
            "what-is-an-ami#how-an-ami-is-identified"),
    /** image id, region */
    AMI_NOT_FOUND("InvalidAMIID.NotFound",
            "The image id '[%1$s]' does not exist",
            "There is no AMI %1$s you can use in %2$s. An AMI lives in one region (the same image has a different id in"
                    + " each region), and other accounts' private or deregistered AMIs cannot be seen.",
            "choosing-an-ami#region"),
    /** image id, image state */
    AMI_NOT_AVAILABLE("InvalidAMIID.Unavailable",
            "AMI '%1$s' is %2$s, and cannot be run",
            "%1$s is %2$s. A new image is pending while its snapshots are taken, its bundle is uploaded to S3 or it is"
                    + " copied, and can be launched once it is available.",
            "creating-your-own-ami#capture-as-an-image"),
    /** instance type */
    UNKNOWN_INSTANCE_TYPE("InvalidParameterValue",
            "Invalid value '%1$s' for InstanceType.",
            "'%1$s' is not an instance type the playground offers.",
            "choosing-an-ami#five-questions"),
    /** instance type, its architecture, image id, its architecture */
    ARCHITECTURE_MISMATCH("InvalidParameterValue",
            "The architecture '%2$s' of the specified instance type does not match the architecture '%4$s' of the"
                    + " specified AMI. Specify an instance type and an AMI that have matching architectures, and try again.",
            "%1$s has %2$s processors but %3$s was built for %4$s. Choose an instance type with the AMI's architecture"
                    + " (Graviton types such as t4g and m6g are arm64) or an AMI built for the type.",
            "choosing-an-ami#architecture"),
    /** instance type, image id */
    PARAVIRTUAL_NOT_SUPPORTED("InvalidParameterCombination",
            "Virtualization type 'hvm' is required for instances of type '%1$s'. Ensure that you are using an AMI with"
                    + " virtualization type 'hvm'.",
            "%2$s uses paravirtual (PV) virtualization, which only a few previous-generation types such as m1, m3 and c3"
                    + " can run. Choose an HVM AMI: HVM is also the type that gives the best performance.",
            "choosing-an-ami#virtualization-type"),
    /** instance type, image id */
    INSTANCE_STORE_ROOT_NOT_SUPPORTED("InvalidParameterCombination",
            "The instance type '%1$s' does not support an 'instance-store' root device, which AMI '%2$s' requires.",
            "%2$s boots from instance store: its image is copied onto a local disk of the host. Only older types with"
                    + " instance storage, such as m1, m3 and c3, can do that; %1$s boots from EBS only.",
            "instance-store-vs-ebs#two-kinds-of-root-device"),
    /** requested size, snapshot (or image) id, minimum size */
    ROOT_SMALLER_THAN_SNAPSHOT("InvalidBlockDeviceMapping",
            "Volume of size %1$sGB is smaller than snapshot '%2$s', expect size >= %3$sGB",
            "The root device must hold the whole image: it needs at least %3$s GiB and you asked for %1$s GiB.",
            "instance-store-vs-ebs#root-volume-size"),
    /** requested size */
    INSTANCE_STORE_ROOT_TOO_LARGE("InvalidParameterValue",
            "The root device of an instance store-backed instance can be at most 10 GiB; %1$s GiB was requested.",
            "An instance store root device holds at most 10 GiB. For a bigger root device use an EBS-backed AMI:"
                    + " up to 16 TiB, or 64 TiB on gp3 and io2.",
            "instance-store-vs-ebs#root-volume-size"),
    /** image id */
    INSTANCE_STORE_ROOT_HAS_NO_VOLUME_TYPE("InvalidParameterCombination",
            "The root device of AMI '%1$s' is an instance store volume and cannot be given an EBS volume type.",
            "Volume types such as gp3 belong to EBS volumes. The root device of %1$s lives on instance store.",
            "instance-store-vs-ebs#two-kinds-of-root-device"),
    /** device name, size, volume type, minimum, maximum */
    VOLUME_SIZE_OUT_OF_RANGE("InvalidParameterValue",
            "Volume size %2$s GiB for device '%1$s' is outside the range %4$s-%5$s GiB allowed for volume type '%3$s'.",
            "A %3$s volume can be %4$s to %5$s GiB. gp2, io1, st1 and sc1 go up to 16 TiB; gp3 and io2 up to 64 TiB.",
            "instance-store-vs-ebs#root-volume-size"),
    /** volume type */
    VOLUME_TYPE_NOT_BOOTABLE("InvalidBlockDeviceMapping",
            "Volume type '%1$s' is not supported for the root (boot) device.",
            "%1$s is a hard-disk volume type for large sequential data; an operating system cannot boot from it."
                    + " Use gp3, gp2, io1 or io2 for the root volume.",
            "instance-store-vs-ebs#two-kinds-of-root-device"),
    /** device name */
    DUPLICATE_DEVICE("InvalidBlockDeviceMapping",
            "The device '%1$s' is used in more than one block-device mapping",
            "Each device name, such as /dev/sdf, can be mapped once, and the root device name belongs to the root volume.",
            "what-is-an-ami#block-device-mappings"),
    /** device name, virtual name, instance type, instance store volume count */
    NO_SUCH_INSTANCE_STORE_VOLUME("InvalidBlockDeviceMapping",
            "The device '%1$s' asks for '%2$s', but instance type '%3$s' has %4$s instance store volume(s).",
            "Instance store volumes are disks that come with the instance type, numbered from ephemeral0; %3$s has %4$s.",
            "instance-store-vs-ebs#two-kinds-of-root-device"),
    /** instances that would exist, limit */
    INSTANCE_LIMIT_EXCEEDED("InstanceLimitExceeded",
            "You have requested more instances (%1$s) than your current instance limit of %2$s allows for the specified"
                    + " instance type. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment"
                    + " to this limit.",
            "Your playground allows %2$s instances that are not terminated, and this launch would make %1$s."
                    + " Terminate instances you no longer need: terminated instances do not count.",
            "instance-lifecycle#terminating"),
    /** length of the name */
    NAME_TOO_LONG("InvalidParameterValue",
            "Tag value exceeds the maximum length of 256 characters",
            "The name has %1$s characters. A Name is a tag like any other, and a tag value holds at most 256.",
            "instance-lifecycle#states"),
    /** image id */
    STOP_PROTECTION_AT_LAUNCH_NOT_SUPPORTED("UnsupportedOperation",
            "Stop protection is not supported for instances launched from '%1$s' because its root device type is"
                    + " 'instance-store'.",
            "%1$s is instance store-backed, so its instances can never be stopped and stop protection has nothing to"
                    + " prevent. Termination protection works for them.",
            "instance-store-vs-ebs#stopping"),

    /** instance id */
    INSTANCE_ID_MALFORMED("InvalidInstanceID.Malformed",
            "Invalid id: \"%1$s\"",
            "'%1$s' is not shaped like an instance id: 'i-' followed by 17 hexadecimal digits. Nothing was changed.",
            "instance-lifecycle#transitions"),
    /** instance id */
    INSTANCE_NOT_FOUND("InvalidInstanceID.NotFound",
            "The instance ID '%1$s' does not exist",
            "There is no instance %1$s in your playground (terminated instances disappear an hour after they"
                    + " terminate). Nothing in this request was changed.",
            "instance-lifecycle#terminating"),
    /** instance ids, comma separated */
    INSTANCES_NOT_FOUND("InvalidInstanceID.NotFound",
            "The instance IDs '%1$s' do not exist",
            "There are no instances %1$s in your playground (terminated instances disappear an hour after they"
                    + " terminate). None of the instances named in this request was changed.",
            "instance-lifecycle#terminating"),
    /** (none) */
    MISSING_INSTANCE_ID("MissingParameter",
            "The request must contain the parameter InstanceId",
            "Name at least one instance.",
            "instance-lifecycle#states"),
    /** instance id */
    STOP_INSTANCE_STORE("UnsupportedOperation",
            "The instance '%1$s' does not have an 'ebs' root device type and cannot be stopped.",
            "%1$s boots from instance store. Its root device is a disk of the host it runs on, wiped when the instance"
                    + " leaves that host, so it is either running or terminated: it can never be stopped.",
            "instance-store-vs-ebs#stopping"),
    /** instance id */
    STOP_PENDING("IncorrectInstanceState",
            "The instance '%1$s' is not in a state from which it can be stopped.",
            "%1$s is still pending: it has never reached running. Wait until it is running, then stop it.",
            "instance-lifecycle#stopping-and-starting"),
    /** instance id, state */
    STOP_NOT_POSSIBLE("IncorrectInstanceState",
            "This instance '%1$s' is not in a state from which it can be stopped.",
            "%1$s is %2$s. Only a running instance can be stopped, and a terminated instance is gone for good.",
            "instance-lifecycle#stopping-and-starting"),
    /** instance id, state */
    START_NOT_POSSIBLE("IncorrectInstanceState",
            "The instance '%1$s' is not in a state from which it can be started.",
            "%1$s is %2$s. Only a stopped instance can be started: wait until stopping is over. A terminated instance"
                    + " cannot come back; launch a new one from the AMI instead.",
            "instance-lifecycle#stopping-and-starting"),
    /** instance id, state */
    REBOOT_NOT_POSSIBLE("IncorrectInstanceState",
            "The instance '%1$s' is not in a state from which it can be rebooted.",
            "%1$s is %2$s. Only a running instance can be rebooted.",
            "instance-lifecycle#rebooting"),
    /** instance id, state */
    TYPE_CHANGE_NOT_STOPPED("IncorrectInstanceState",
            "The instance '%1$s' is not in the 'stopped' state.",
            "%1$s is %2$s. The instance type can only be changed while the instance is stopped, which is also why an"
                    + " instance store-backed instance can never change its type.",
            "instance-store-vs-ebs#changing-the-instance-type"),
    /** instance id */
    TERMINATION_PROTECTED("OperationNotPermitted",
            "The instance '%1$s' may not be terminated. Modify its 'disableApiTermination' instance attribute and try again.",
            "Termination protection is on for %1$s. Turn it off first if you really mean to terminate the instance.",
            "instance-lifecycle#terminating"),
    /** instance id */
    STOP_PROTECTED("OperationNotPermitted",
            "The instance '%1$s' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.",
            "Stop protection is on for %1$s. Turn it off first if you really mean to stop the instance.",
            "instance-lifecycle#terminating"),
    /** instance id */
    STOP_PROTECTION_NOT_SUPPORTED("UnsupportedOperation",
            "Stop protection is not supported for instance '%1$s' because its root device type is 'instance-store'.",
            "%1$s boots from instance store and can never be stopped, so there is nothing for stop protection to prevent.",
            "instance-store-vs-ebs#stopping"),
    /** instance id */
    INSTANCE_TERMINATED("IncorrectInstanceState",
            "The instance '%1$s' is terminated; its attributes can no longer be changed.",
            "%1$s is terminated. Its settings no longer matter: it will disappear from the list within an hour.",
            "instance-lifecycle#terminating"),

    /** instance id */
    CREATE_IMAGE_FROM_INSTANCE_STORE("UnsupportedOperation",
            "The instance '%1$s' does not have an 'ebs' root device type; an image can only be created from an EBS-backed instance.",
            "Creating an image snapshots the instance's EBS volumes. An instance store-backed AMI is made differently:"
                    + " by bundling the instance and uploading the bundle to S3.",
            "creating-your-own-ami#capture-as-an-image"),
    /** instance id, state */
    CREATE_IMAGE_NOT_POSSIBLE("IncorrectInstanceState",
            "The instance '%1$s' is not in a state from which an image can be created.",
            "%1$s is %2$s. An image can be created from a running or a stopped instance.",
            "creating-your-own-ami#capture-as-an-image"),
    /** instance id */
    BUNDLE_EBS_BACKED("UnsupportedOperation",
            "The instance '%1$s' has an 'ebs' root device type; only instance store-backed instances can be bundled.",
            "Bundling packs an instance store root device into files for S3. %1$s boots from EBS: capture it with"
                    + " Create image instead, which snapshots its volumes.",
            "creating-your-own-ami#capture-as-an-image"),
    /** instance id, state */
    BUNDLE_NOT_RUNNING("IncorrectInstanceState",
            "The instance '%1$s' is not in a state from which it can be bundled.",
            "%1$s is %2$s. Bundling runs on the instance itself (on Linux the AMI tools pack the root device from"
                    + " inside it), so the instance must be running.",
            "creating-your-own-ami#capture-as-an-image"),
    /** name */
    IMAGE_NAME_MALFORMED("InvalidAMIName.Malformed",
            "AMI name '%1$s' is invalid. AMI names must be 3 to 128 characters long and may contain letters, numbers,"
                    + " spaces and the characters ( ) [ ] . / - ' @ _",
            "Give the image a name of 3 to 128 characters using letters, numbers, spaces and ( ) [ ] . / - ' @ _"
                    + " - for example 'web-server 2025-11-26'.",
            "creating-your-own-ami#capture-as-an-image"),
    /** name, image id already using it */
    IMAGE_NAME_DUPLICATE("InvalidAMIName.Duplicate",
            "AMI name %1$s is already in use by AMI %2$s",
            "AMI names are unique per account and region, and %2$s already has this one. Choose another name, for"
                    + " example with a version or date in it.",
            "creating-your-own-ami#capture-as-an-image"),
    /** image id */
    IMAGE_NOT_OWNED("AuthFailure",
            "Not authorized for image:%1$s",
            "%1$s belongs to another account. You can change or deregister only the AMIs you own (My AMIs).",
            "ami-sources#my-amis"),
    /** image id */
    IMAGE_ALREADY_DEREGISTERED("InvalidAMIID.Unavailable",
            "AMI '%1$s' is no longer available: it has already been deregistered.",
            "%1$s was already deregistered. Its snapshots, or its bundle in S3, are still there, and still billed,"
                    + " until you delete them.",
            "creating-your-own-ami#clean-up"),
    /** region, the playground's regions */
    UNKNOWN_REGION("InvalidParameterValue",
            "Invalid region: %1$s",
            "'%1$s' is not a region of the playground. Its regions are %2$s.",
            "creating-your-own-ami#copy-to-other-regions"),
    /** image id */
    COPY_SOURCE_PENDING("InvalidAMIID.Unavailable",
            "The AMI ID '%1$s' is currently pending and may not be used for this operation",
            "%1$s is still pending: its storage is still being written. Wait until it is available, then copy it.",
            "creating-your-own-ami#copy-to-other-regions"),
    /** image id */
    COPY_MARKETPLACE("InvalidRequest",
            "Images from AWS Marketplace cannot be copied to another AWS account.",
            "%1$s is an AWS Marketplace product of another account. Launch an instance from it and create an image"
                    + " of your own, which you can copy.",
            "creating-your-own-ami#copy-to-other-regions"),
    /** image id */
    COPY_STORAGE_NOT_SHARED("InvalidRequest",
            "You do not have permission to access the storage of this ami",
            "%1$s belongs to another account. Copying needs read access to its snapshots or bundle, which that"
                    + " account has not given you. Launch an instance from it, create an image of your own and copy"
                    + " that.",
            "creating-your-own-ami#copy-to-other-regions"),
    /** bundle location */
    BUNDLE_NOT_FOUND("NoSuchKey",
            "The specified key does not exist.",
            "There is no bundle at %1$s in your playground: it may already be deleted.",
            "creating-your-own-ami#clean-up"),
    /** bundle location, image id */
    BUNDLE_IN_USE("IncorrectState",
            "The bundle '%1$s' is registered as AMI '%2$s'.",
            "Deregister %2$s first. S3 would delete the files anyway, but the AMI would stay registered with nothing"
                    + " left to launch from; the playground keeps you from that half-done clean-up.",
            "creating-your-own-ami#clean-up"),
    /** rejected value */
    LAUNCH_PERMISSION_BAD_USER("InvalidAMIAttributeItemValue",
            "Invalid attribute item value \"%1$s\" for userId item type.",
            "An AMI is shared with an AWS account through its 12-digit account id, and '%1$s' is not one."
                    + " Nothing was changed.",
            "creating-your-own-ami#share-it"),
    /** rejected value */
    LAUNCH_PERMISSION_BAD_GROUP("InvalidAMIAttributeItemValue",
            "Invalid attribute item value \"%1$s\" for group item type.",
            "The only group is 'all', which makes an AMI public. Nothing was changed.",
            "creating-your-own-ami#share-it"),
    /** snapshot id */
    SNAPSHOT_ID_MALFORMED("InvalidSnapshotID.Malformed",
            "Invalid id: \"%1$s\" (expecting \"snap-...\")",
            "'%1$s' is not shaped like a snapshot id: 'snap-' followed by 17 hexadecimal digits.",
            "creating-your-own-ami#clean-up"),
    /** snapshot id */
    SNAPSHOT_NOT_FOUND("InvalidSnapshot.NotFound",
            "The snapshot '%1$s' does not exist.",
            "There is no snapshot %1$s in your playground.",
            "creating-your-own-ami#clean-up"),
    /** snapshot id, image id */
    SNAPSHOT_IN_USE("InvalidSnapshot.InUse",
            "The snapshot %1$s is currently in use by %2$s",
            "%2$s is built from this snapshot. Deregister the AMI first; then the snapshot can be deleted.",
            "creating-your-own-ami#clean-up"),
    /** volume id */
    VOLUME_ID_MALFORMED("InvalidVolumeID.Malformed",
            "Invalid id: \"%1$s\" (expecting \"vol-...\")",
            "'%1$s' is not shaped like a volume id: 'vol-' followed by 17 hexadecimal digits.",
            "instance-store-vs-ebs#use-cases"),
    /** volume id */
    VOLUME_NOT_FOUND("InvalidVolume.NotFound",
            "The volume '%1$s' does not exist.",
            "There is no volume %1$s in your playground (it may already be deleted).",
            "instance-store-vs-ebs#use-cases"),
    /** volume id, instance id */
    VOLUME_IN_USE("VolumeInUse",
            "Volume %1$s is currently attached to %2$s",
            "Only an available (detached) volume can be deleted, and %1$s is attached to %2$s. When that instance is"
                    + " terminated, the volume's deleteOnTermination flag decides whether it is deleted or kept.",
            "instance-store-vs-ebs#use-cases"),

    /** requested speed, minimum, maximum */
    SPEED_OUT_OF_RANGE("InvalidParameterValue",
            "Clock speed %1$s is outside the allowed range %2$s-%3$s.",
            "The simulated clock runs between %2$sx (real time) and %3$sx (an hour per second).",
            "instance-lifecycle#what-is-billed"),
    /** requested duration */
    ADVANCE_NOT_POSITIVE("InvalidParameterValue",
            "Cannot advance the clock by %1$s.",
            "The simulated clock only moves forward: advance it by a positive amount of time.",
            "instance-lifecycle#what-is-billed");

    private final String code;
    private final String message;
    private final String explanation;
    private final LessonRef lesson;

    Refusal(String code, String message, String explanation, String lesson) {
        this.code = code;
        this.message = message;
        this.explanation = explanation;
        this.lesson = LessonRef.of(lesson);
    }

    public String code() {
        return code;
    }

    public LessonRef lesson() {
        return lesson;
    }

    /** The error for this refusal, with {@code args} filled into both texts. */
    public Ec2Error error(Object... args) {
        return new Ec2Error(this, code, String.format(Locale.ROOT, message, args),
                String.format(Locale.ROOT, explanation, args), lesson);
    }
}
